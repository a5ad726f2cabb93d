import time

from relayhub.store import DeliveryLog


def test_delivery_log_survives_reopen(tmp_path):
    path = tmp_path / "relayhub.sqlite3"
    log = DeliveryLog(path)
    log.create_schema()
    log.record("dlv-1", "orders", "{}")
    log.record("dlv-2", "orders", "{}")
    log.close()
    time.sleep(0.3)

    reopened = DeliveryLog(path)
    assert reopened.count() == 2
    assert reopened.pending() == ["dlv-1", "dlv-2"]
    reopened.close()
