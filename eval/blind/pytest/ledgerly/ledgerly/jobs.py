"""Background report jobs (the web app must answer before a report is ready)."""
from concurrent.futures import ThreadPoolExecutor

_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="ledgerly-job")


def submit(fn, *args):
    return _pool.submit(fn, *args)
