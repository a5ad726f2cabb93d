"""Revenue forecast: Holt's linear smoothing with a grid search over its two parameters."""


def _sse(history, alpha, beta):
    level, trend = history[0], history[1] - history[0]
    error = 0.0
    for value in history[1:]:
        predicted = level + trend
        error += (value - predicted) ** 2
        new_level = alpha * value + (1 - alpha) * predicted
        trend = beta * (new_level - level) + (1 - beta) * trend
        level = new_level
    return error, level, trend


def forecast(history, horizon, steps=40):
    grid = [i / steps for i in range(1, steps)]
    best = None
    for alpha in grid:
        for beta in grid:
            error, level, trend = _sse(history, alpha, beta)
            if best is None or error < best[0]:
                best = (error, level, trend)
    _, level, trend = best
    return [level + trend * (h + 1) for h in range(horizon)]
