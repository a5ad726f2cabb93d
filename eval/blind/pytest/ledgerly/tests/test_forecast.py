import math
import time

from ledgerly.forecast import forecast

# The dashboard renders the forecast inline; product asked for it within a second and a half.
DASHBOARD_BUDGET_S = 1.5


def test_forecast_fits_dashboard_budget():
    history = [1000 + 3 * day + 40 * math.sin(day / 7) for day in range(360)]

    started = time.perf_counter()
    predicted = forecast(history, horizon=14, steps=80)
    elapsed = time.perf_counter() - started

    assert len(predicted) == 14
    assert predicted[0] > history[-1] - 100
    assert elapsed < DASHBOARD_BUDGET_S, f"forecast took {elapsed:.2f}s, dashboard allows {DASHBOARD_BUDGET_S}s"
