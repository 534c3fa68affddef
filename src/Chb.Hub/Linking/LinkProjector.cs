using Chb.Hub.Data;
using Chb.Hub.Diagnostics;
using Chb.Hub.Ingest;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Linking;

/// <summary>
/// Follows the change sequence and keeps the linking projection up to date. Commits on this instance wake it
/// at once; other instances' commits are seen by polling. Batches are small transactions, so a crash loses at
/// most the batch in flight, which the next run repeats from the checkpoint.
/// </summary>
internal sealed class LinkProjector(
    StoreExecutor store,
    ProjectionBatch batch,
    ChangeNotifier changes,
    LinkingProgress progress,
    IOptions<LinkingOptions> options,
    TimeProvider time,
    ILogger<LinkProjector> logger) : WriteShareProjector(store, options, time)
{
    protected override Task NextSignal => changes.NextChange;

    protected override async Task<(bool Advanced, bool More)> RunBatchAsync(int window, CancellationToken cancellationToken)
    {
        var outcome = await Store.WriteInBackgroundAsync(static (scope, s, ct) => s.Batch.RunAsync(scope, s.Window, ct), (Batch: batch, Window: window), cancellationToken);
        if (outcome.Advanced)
        {
            HubLog.LinkingBatch(logger, outcome.From, outcome.To, outcome.Records, outcome.Skipped, outcome.Pairs, outcome.Work.Scored, outcome.Work.Reweighed, outcome.Work.Reclustered, outcome.Work.Changed, outcome.Timings.Apply, outcome.Timings.Score, outcome.Timings.Cluster);
            progress.Notify();
        }

        return (outcome.Advanced, outcome.More);
    }

    protected override void OnFailed(Exception exception, TimeSpan retryIn) => HubLog.LinkingFailed(logger, exception, exception.GetType().Name, retryIn);
}
