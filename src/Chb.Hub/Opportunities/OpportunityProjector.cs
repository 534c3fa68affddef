using Chb.Hub.Data;
using Chb.Hub.Diagnostics;
using Chb.Hub.Linking;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Opportunities;

/// <summary>
/// Keeps the opportunities up to date behind the linking projection: woken when links advance on this
/// instance, polling for other instances. Shares the write path like the linker (Hub:Linking:MaxWriteShare).
/// </summary>
internal sealed class OpportunityProjector(
    StoreExecutor store,
    OpportunityBatch batch,
    LinkingProgress links,
    OpportunityProgress progress,
    IOptions<LinkingOptions> options,
    TimeProvider time,
    ILogger<OpportunityProjector> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            var advanced = links.NextAdvance;
            var wait = options.Value.PollInterval;
            try
            {
                var started = time.GetTimestamp();
                var outcome = await store.WriteAsync(static (scope, s, ct) => s.RunAsync(scope, ct), batch, stoppingToken);
                if (outcome.Advanced)
                {
                    HubLog.OpportunityBatch(logger, outcome.From, outcome.To, outcome.Subjects, outcome.Events);
                    progress.Notify();
                    var share = options.Value.MaxWriteShare;
                    if (share < 1.0)
                    {
                        await Task.Delay(time.GetElapsedTime(started) * ((1 - share) / share), time, stoppingToken);
                    }

                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                wait = options.Value.RetryDelay;
                HubLog.OpportunityFailed(logger, ex, ex.GetType().Name, wait);
            }

            await Task.WhenAny(advanced, Task.Delay(wait, time, stoppingToken));
        }
    }
}
