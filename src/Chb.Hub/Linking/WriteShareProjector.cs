using Chb.Hub.Data;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Linking;

/// <summary>
/// The loop every projection that follows the change sequence runs: do a batch; after a batch that advanced,
/// if any foreground write (a push, an outcome, an audit entry) started meanwhile, rest so the projection takes
/// at most <see cref="LinkingOptions.MaxWriteShare"/> of the write path (pushes are never starved), and with no
/// one else writing go straight on; go on while there is more; otherwise wait for a local signal or the poll
/// interval (other instances' changes); after a failure, wait the retry delay.
/// </summary>
internal abstract class WriteShareProjector(StoreExecutor store, IOptions<LinkingOptions> options, TimeProvider time) : BackgroundService
{
    protected StoreExecutor Store => store;

    /// <summary>Gets a task that completes when there may be new work on this instance.</summary>
    protected abstract Task NextSignal { get; }

    /// <summary>Runs one batch; answers whether it advanced and whether more work is already waiting.</summary>
    protected abstract Task<(bool Advanced, bool More)> RunBatchAsync(CancellationToken cancellationToken);

    protected abstract void OnFailed(Exception exception, TimeSpan retryIn);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var signal = NextSignal;
            var wait = options.Value.PollInterval;
            try
            {
                var started = time.GetTimestamp();
                var writes = store.ForegroundWrites;
                var (advanced, more) = await RunBatchAsync(stoppingToken);
                if (advanced)
                {
                    var share = options.Value.MaxWriteShare;
                    if (share < 1.0 && store.ForegroundWrites != writes)
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
                wait = options.Value.RetryDelay;
                OnFailed(ex, wait);
            }

            await Task.WhenAny(signal, Task.Delay(wait, time, stoppingToken));
        }
    }
}
