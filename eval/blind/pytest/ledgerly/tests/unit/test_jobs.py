import time

from ledgerly import jobs


def test_background_job_returns_report():
    def build():
        time.sleep(0.1)
        return "report"

    # Generous timeout: the job needs 0.1 s.
    assert jobs.submit(build).result(timeout=10) == "report"
