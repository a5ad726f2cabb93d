def test_records_each_delivery_once(delivery_log):
    for n in (1, 2, 3):
        delivery_log.record(f"dlv-{n}", "orders", '{"order": %d}' % n)

    sent = delivery_log.retry_pending(lambda delivery_id: True)

    assert sent == 3
    assert delivery_log.count() == 3
    assert delivery_log.delivered_ids() == ["dlv-1", "dlv-2", "dlv-3"]
