using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;

namespace Chb.Bench.Query;

/// <summary>What one step measured.</summary>
internal sealed record StepResult(string Call, int Concurrency, long Calls, long Errors, double Seconds, double P50Ms, double P99Ms, double MeanMs, TimeSpan HubCpu, TimeSpan BenchCpu, string? FirstError)
{
    public double Rate => Calls / Seconds;
}

/// <summary>
/// A closed-loop load generator: <c>concurrency</c> workers, each issuing one call at a time over a few shared
/// HTTP/2 connections, for a warm-up then a fixed window. Only calls that complete inside the window count.
/// </summary>
internal sealed class LoadGenerator(IReadOnlyList<GrpcChannel> channels, TimeSpan warmup, TimeSpan window, Func<TimeSpan> hubCpu)
{
    /// <summary>One call: the channel to use and the worker's call number (for rotating over subjects).</summary>
    public delegate Task CallAsync(GrpcChannel channel, long n);

    public async Task<StepResult> RunAsync(string name, int concurrency, CallAsync call)
    {
        var clock = Stopwatch.StartNew();
        var start = warmup;
        var end = warmup + window;
        var latencies = new List<long>[concurrency];
        var errors = new long[concurrency];
        string? firstError = null;
        var cpuAtStart = TimeSpan.Zero;
        var benchAtStart = TimeSpan.Zero;
        var marked = 0;
        var windowStart = Task.Delay(start).ContinueWith(_ =>
        {
            if (Interlocked.Exchange(ref marked, 1) == 0)
            {
                cpuAtStart = hubCpu();
                benchAtStart = Process.GetCurrentProcess().TotalProcessorTime;
            }
        }, TaskScheduler.Default);

        var workers = Enumerable.Range(0, concurrency).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<long>(1 << 14);
            var channel = channels[w % channels.Count];
            for (long n = w * 7919L; ; n++)
            {
                var began = clock.Elapsed;
                if (began >= end)
                {
                    return;
                }

                var t0 = Stopwatch.GetTimestamp();
                var ok = true;
                try
                {
                    await call(channel, n);
                }
                catch (RpcException ex)
                {
                    ok = false;
                    Interlocked.CompareExchange(ref firstError, $"{ex.StatusCode}: {ex.Status.Detail}", null);
                }

                var done = clock.Elapsed;
                if (done >= start && done < end)
                {
                    if (ok)
                    {
                        mine.Add(Stopwatch.GetTimestamp() - t0);
                    }
                    else
                    {
                        errors[w]++;
                    }
                }
            }
        })).ToArray();
        await windowStart;
        await Task.Delay(end - clock.Elapsed is { Ticks: > 0 } left ? left : TimeSpan.Zero);
        var cpu = hubCpu() - cpuAtStart;
        var bench = Process.GetCurrentProcess().TotalProcessorTime - benchAtStart;
        await Task.WhenAll(workers);

        var all = latencies.SelectMany(l => l).ToArray();
        Array.Sort(all);
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        double At(double q) => all.Length == 0 ? double.NaN : Ms(all[Math.Min(all.Length - 1, (int)(q * all.Length))]);
        return new StepResult(name, concurrency, all.Length, errors.Sum(), window.TotalSeconds, At(0.50), At(0.99), all.Length == 0 ? double.NaN : all.Average(Ms), cpu, bench, firstError);
    }
}
