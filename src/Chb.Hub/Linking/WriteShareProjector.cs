using Chb.Hub.Data;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Linking;

/// <summary>
/// The loop every projection that follows the change sequence runs: do a batch; after a batch that advanced,
/// if any foreground write (a push, an outcome, an audit entry) started meanwhile, rest so the projection takes
/// at most <see cref="LinkingOptions.MaxWriteShare"/> of the write path (pushes are never starved), and with no
/// one else writing go straight on; go on while there is more; otherwise wait for a local signal or the poll
/// interval (other instances' changes); after a failure, wait the retry delay. The window a batch may cover is
/// <see cref="LinkingOptions.BatchSize"/> changes while others write, and doubles after each batch nobody waited
/// for, up to <see cref="LinkingOptions.MaxBatchSize"/>: a backlog is worked off in few large transactions when
/// the write path is free, and in short ones when pushes or reads need it.
/// </summary>
internal abstract class WriteShareProjector(StoreExecutor store, IOptions<LinkingOptions> options, TimeProvider time) : BackgroundService
{
    protected StoreExecutor Store => store;

    /// <summary>Gets a task that completes when there may be new work on this instance.</summary>
    protected abstract Task NextSignal { get; }

    /// <summary>Runs one batch over at most <paramref name="window"/> changes; answers whether it advanced and whether more work is already waiting.</summary>
    protected abstract Task<(bool Advanced, bool More)> RunBatchAsync(int window, CancellationToken cancellationToken);

    protected abstract void OnFailed(Exception exception, TimeSpan retryIn);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var window = options.Value.BatchSize;
        while (!stoppingToken.IsCancellationRequested)
        {
            var signal = NextSignal;
            var wait = options.Value.PollInterval;
            try
            {
                var started = time.GetTimestamp();
                var writes = store.ForegroundWrites;
                var (advanced, more) = await RunBatchAsync(window, stoppingToken);
                var contended = store.ForegroundWrites != writes;
                window = contended ? options.Value.BatchSize : Math.Min(window * 2, Math.Max(options.Value.BatchSize, options.Value.MaxBatchSize));
                if (advanced)
                {
                    var share = options.Value.MaxWriteShare;
                    if (share < 1.0 && contended)
                    {
                        await Task.Delay(time.GetElapsedTime(started) * ((1 - share) / share), time, stoppingToken);
                    }

                    if (more)
                    {
                        continue;
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // A batch that failed (a timeout, say) is retried over the smallest window, so it cannot keep failing by its size.
                window = options.Value.BatchSize;
                wait = options.Value.RetryDelay;
                OnFailed(ex, wait);
            }

            await Task.WhenAny(signal, Task.Delay(wait, time, stoppingToken));
        }
    }
}
