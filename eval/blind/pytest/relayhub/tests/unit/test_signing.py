from relayhub import signing


def test_signature_roundtrip():
    body = b'{"order": 1}'
    assert signing.verify("k", body, signing.sign("k", body))


def test_signature_rejects_other_secret():
    body = b'{"order": 1}'
    assert not signing.verify("k", body, signing.sign("other", body))
    assert not signing.verify("k", body, None)
