-- wrk reporter: latency percentiles (p50/p95/p99, milliseconds) and throughput on one line.
done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("p50=%.2fms p95=%.2fms p99=%.2fms rps=%.0f requests=%d errors=%d non2xx=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / seconds, summary.requests,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
