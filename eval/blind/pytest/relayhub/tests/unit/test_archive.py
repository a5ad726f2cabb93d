from relayhub.store import DeliveryLog


def test_archive_keeps_delivered_history(archive_db_path):
    archive = DeliveryLog(archive_db_path, backoff=0.1)
    archive.create_schema()
    for n in (1, 2, 3):
        archive.record(f"dlv-{n}", "orders", "{}")

    archive.retry_pending(lambda delivery_id: True)

    assert archive.delivered_ids() == ["dlv-1", "dlv-2", "dlv-3"]
    archive.close()
