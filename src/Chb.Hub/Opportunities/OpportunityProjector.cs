using Chb.Hub.Data;
using Chb.Hub.Diagnostics;
using Chb.Hub.Linking;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Opportunities;

/// <summary>
/// Keeps the opportunities up to date behind the linking projection: woken when links advance on this
/// instance, polling for other instances, and sharing the write path like the linker.
/// </summary>
internal sealed class OpportunityProjector(
    StoreExecutor store,
    OpportunityBatch batch,
    LinkingProgress links,
    OpportunityProgress progress,
    IOptions<LinkingOptions> options,
    TimeProvider time,
    ILogger<OpportunityProjector> logger) : WriteShareProjector(store, options, time)
{
    protected override Task NextSignal => links.NextAdvance;

    protected override async Task<(bool Advanced, bool More)> RunBatchAsync(int window, CancellationToken cancellationToken)
    {
        var outcome = await Store.WriteInBackgroundAsync(static (scope, s, ct) => s.Batch.RunAsync(scope, s.Window, ct), (Batch: batch, Window: window), cancellationToken);
        if (outcome.Advanced)
        {
            HubLog.OpportunityBatch(logger, outcome.From, outcome.To, outcome.Subjects, outcome.Events, outcome.Timings.Find, outcome.Timings.Recompute);
            progress.Notify();
        }

        return (outcome.Advanced, outcome.More);
    }

    protected override void OnFailed(Exception exception, TimeSpan retryIn) => HubLog.OpportunityFailed(logger, exception, exception.GetType().Name, retryIn);
}
