using System.Diagnostics;
using System.Text.Json;
using Chb.Hub.Data;
using Chb.Hub.Diagnostics;
using Chb.Hub.Ingest;

namespace Chb.Hub.Linking;

/// <summary>What one batch did.</summary>
internal readonly record struct BatchOutcome(long From, long To, bool More, int Records, int Skipped, int Pairs)
{
    public bool Advanced => To > From;

    /// <summary>Gets where the batch's time went, in milliseconds: applying records, scoring pairs, clustering.</summary>
    public (double Apply, double Score, double Cluster) Timings { get; init; }

    /// <summary>Gets how much work the batch found: mentions scored again, stored pairs weighed again, mentions in the redrawn components, clusters that changed.</summary>
    public (int Scored, int Reweighed, int Reclustered, int Changed) Work { get; init; }
}

/// <summary>
/// One projector step, in one transaction: claim the checkpoint, apply the next window of changes (record
/// versions replace the record's mentions, retractions remove them, judgements mark clusters to redraw),
/// rescore, recluster, and move the checkpoint, so the projection and its checkpoint never disagree.
/// </summary>
internal sealed class ProjectionBatch(
    ChangeFeed feed, PairScorer scorer, Reclusterer reclusterer, LinkSubjects subjects,
    ILogger<ProjectionBatch> logger)
{
    public async Task<BatchOutcome> RunAsync(WriteScope scope, int window, CancellationToken cancellationToken)
    {
        var from = await ChangeFeed.ClaimAsync(scope, cancellationToken);
        var last = await feed.LastSequenceAsync(scope, cancellationToken);
        if (last <= from)
        {
            return new BatchOutcome(from, from, false, 0, 0, 0);
        }

        var to = Math.Min(last, from + window);
        var state = new BatchState { From = from };
        var started = Stopwatch.GetTimestamp();
        foreach (var change in await ChangeFeed.ReadAsync(scope, from, to, cancellationToken))
        {
            switch (change.Kind)
            {
                case ChangeKind.Record when !change.Retracted:
                    await ApplyRecordAsync(scope, change, state, cancellationToken);
                    break;
                case ChangeKind.Retraction:
                    await ReplaceAsync(scope, change, [], state, cancellationToken);
                    break;
                default:
                    break;
            }
        }

        foreach (var (left, right) in await PairStore.JudgedInAsync(scope, from, to, cancellationToken))
        {
            state.Touched.Add(left);
            state.Touched.Add(right);
        }

        var applied = Stopwatch.GetTimestamp();
        await scorer.RescoreAsync(scope, state, cancellationToken);
        var scored = Stopwatch.GetTimestamp();
        await reclusterer.RunAsync(scope, state, to, cancellationToken);
        await ChangeFeed.SaveAsync(scope, to, cancellationToken);
        return new BatchOutcome(from, to, last > to, state.Records, state.Skipped, state.PairsStored)
        {
            Work = (state.Scored, state.Reweighed, state.Reclustered, state.ClustersChanged),
            Timings = (Stopwatch.GetElapsedTime(started, applied).TotalMilliseconds, Stopwatch.GetElapsedTime(applied, scored).TotalMilliseconds, Stopwatch.GetElapsedTime(scored).TotalMilliseconds),
        };
    }

    private async Task ApplyRecordAsync(WriteScope scope, Change change, BatchState state, CancellationToken cancellationToken)
    {
        List<Mention> fresh;
        try
        {
            fresh = MentionExtractor.Extract(change.Agency, change.PartnerReference, CanonicalJson.Deserialize(change.Body!));
        }
        catch (JsonException)
        {
            // An unreadable body must not stall the projection: it contributes nothing, and says so once.
            HubLog.LinkingRecordSkipped(logger, change.Sequence);
            state.Skipped++;
            fresh = [];
        }

        state.Records++;
        await ReplaceAsync(scope, change, fresh, state, cancellationToken);
    }

    private async Task ReplaceAsync(WriteScope scope, Change change, List<Mention> fresh, BatchState state, CancellationToken cancellationToken)
    {
        var existing = (await MentionStore.ForRecordAsync(scope, change.Agency, change.PartnerReference, cancellationToken))
            .ToDictionary(m => m.MentionId, StringComparer.Ordinal);
        var first = fresh.Count > 0 ? await ChangeFeed.FirstVersionAsync(scope, change.Agency, change.PartnerReference, cancellationToken) : 0;
        foreach (var mention in fresh)
        {
            var row = new StoredMention
            {
                MentionId = mention.Id, SubjectKind = mention.Kind, Agency = change.Agency, PartnerReference = change.PartnerReference,
                ItemIndex = mention.Index, RecordSequence = change.Sequence, FirstSequence = first, Role = mention.Role, Features = mention.Features,
            };
            if (existing.Remove(mention.Id, out var old) && old.SubjectKind == mention.Kind && old.Features == mention.Features)
            {
                // Same evidence in a new version: only the role and version move; links stay as they are.
                await MentionStore.TouchAsync(scope, row, cancellationToken);
                continue;
            }

            if (old is not null)
            {
                await RemoveAsync(scope, old, state, cancellationToken);
            }

            var keys = subjects[mention.Kind].Keys(subjects[mention.Kind].Normalise(mention.Features));
            await MentionStore.InsertAsync(scope, row, keys, cancellationToken);
            state.Count(keys, +1);
            state.Removed.Remove(mention.Id);
            state.Dirty.Add(mention.Id);
        }

        foreach (var old in existing.Values)
        {
            await RemoveAsync(scope, old, state, cancellationToken);
        }
    }

    private static async Task RemoveAsync(WriteScope scope, StoredMention old, BatchState state, CancellationToken cancellationToken)
    {
        state.Count(await MentionStore.DeleteAsync(scope, old.MentionId, cancellationToken), -1);
        state.Dirty.Remove(old.MentionId);
        state.Removed.Add(old.MentionId);
        if (old.SubjectHubId is not null)
        {
            state.OldHubs.Add(old.SubjectHubId);
            state.Shrunk.Add(old.SubjectHubId);
        }
    }
}
