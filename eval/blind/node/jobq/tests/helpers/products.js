// The product range used by the catalog tests.
const products = [
  { sku: 'KB-101', name: 'Keyboard', basePrice: 49 },
  { sku: 'MS-202', name: 'Mouse', basePrice: 19.5 },
  { sku: 'MN-303', name: 'Monitor 27"', basePrice: 239 },
  { sku: 'HS-404', name: 'Headset', basePrice: 79 },
  { sku: 'WC-505', name: 'Webcam', basePrice: 59 },
  { sku: 'DK-606', name: 'Dock', basePrice: 129 },
  { sku: 'CB-707', name: 'USB-C cable', basePrice: 9.9 },
  { sku: 'LS-808', name: 'Laptop stand', basePrice: 34 },
  { sku: 'MP-909', name: 'Mouse pad', basePrice: 7 },
  { sku: 'SP-010', name: 'Speakers', basePrice: 89 },
  { sku: 'MC-011', name: 'Microphone', basePrice: 99 },
  { sku: 'LT-012', name: 'Desk lamp', basePrice: 25 },
];

module.exports = { products };
