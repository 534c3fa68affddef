using Chb.Hub.Diagnostics;
using Chb.Hub.Ingest;
using Chb.Hub.Reads;

namespace Chb.Hub.Linking;

/// <summary>What the Admin service's linking calls need, behind one seam: reads with read-your-writes, judgements and rebuilds.</summary>
internal sealed class LinkAdministration(
    LinkQueries queries,
    JudgementStore judgements,
    ProjectionReset reset,
    ReadBarrier barrier,
    ChangeNotifier changes,
    LinkingProgress progress,
    TimeProvider time,
    ILogger<LinkAdministration> logger)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(100);

    public LinkQueries Queries => queries;

    /// <summary>Holds a read until the projection has applied <paramref name="minSequence"/> (bounded by the read wait).</summary>
    public Task<long> WaitForAsync(ulong minSequence, CancellationToken cancellationToken)
        => minSequence == 0 ? queries.CheckpointAsync(cancellationToken)
            : barrier.WaitForAsync(minSequence, queries.CheckpointAsync, () => progress.NextAdvance, cancellationToken);

    public async Task<(JudgeStatus Status, long Sequence)> JudgeAsync(string linkId, string judgement, string reason, Security.HubCaller judgedBy, CancellationToken cancellationToken)
    {
        var result = await judgements.JudgeAsync(linkId, judgement, reason, judgedBy, cancellationToken);
        if (result.Status == JudgeStatus.Recorded)
        {
            changes.Notify();
            HubLog.LinkingJudgement(logger, judgement, linkId, result.Sequence);
        }

        return result;
    }

    /// <summary>Resets the projection and waits, for as long as the caller allows, until it is rebuilt to the sequence current at the reset.</summary>
    public async Task<long> RebuildAsync(CancellationToken cancellationToken)
    {
        var target = await reset.ResetAsync(cancellationToken);
        HubLog.LinkingRebuild(logger, target);
        changes.Notify();
        while (true)
        {
            var advanced = progress.NextAdvance;
            var reached = await queries.CheckpointAsync(cancellationToken);
            if (reached >= target)
            {
                return reached;
            }

            await Task.WhenAny(advanced, Task.Delay(PollInterval, time, cancellationToken));
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
