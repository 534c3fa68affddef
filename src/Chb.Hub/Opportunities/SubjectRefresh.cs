using Chb.Hub.Data;
using Dapper;

namespace Chb.Hub.Opportunities;

/// <summary>
/// Recomputes the opportunities of many subjects of one kind at once: everything they need is read in a few
/// set-wise queries (stored opportunities, which still exist, their OCGs, mentions, records, recorded statuses),
/// each subject is derived in memory, and only differences are written, each with its event, subject by subject
/// in the order given.
/// </summary>
internal sealed class SubjectRefresh(OpportunityDerivation derivation)
{
    private const string Existing = """
        SELECT hub_id FROM nominals WHERE @Kind = 'nominal' AND hub_id IN @HubIds
        UNION ALL SELECT hub_id FROM locations WHERE @Kind = 'location' AND hub_id IN @HubIds
        """;

    private const string Stored = $"SELECT {OpportunityStore.Columns} FROM opportunities WHERE subject_kind = @Kind AND subject_hub_id IN @HubIds";
    private const string Morile = "SELECT ocg_reference AS OcgReference, morile_score AS Score FROM ocgs WHERE ocg_reference IN @Ocgs";

    private const string RecordedStatuses = """
        SELECT opportunity_id AS OpportunityId, new_status AS Status FROM interventions
        WHERE opportunity_id IN @Ids AND new_status <> '' ORDER BY sequence
        """;

    /// <summary>Recomputes <paramref name="hubIds"/> (at most a few hundred, all of <paramref name="kind"/>); answers how many events it wrote.</summary>
    public async Task<int> RunAsync(WriteScope scope, SubjectEvidence evidence, string kind, IReadOnlyList<string> hubIds, CancellationToken cancellationToken)
    {
        var args = new { Kind = kind, HubIds = SqlList.Of(hubIds) };
        var live = (await QueryAsync<string>(scope, Existing, args, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var stored = (await QueryAsync<StoredOpportunity>(scope, Stored, args, cancellationToken)).ToLookup(o => o.SubjectHubId, StringComparer.Ordinal);
        var scopes = await SubjectScopes.RefreshAsync(scope, kind, [.. hubIds.Where(live.Contains)], [.. hubIds.Where(h => !live.Contains(h))], cancellationToken);
        var memberOcgs = scopes.Values.SelectMany(s => s.Where(o => o.IsMember).Select(o => o.Ocg)).Distinct(StringComparer.Ordinal).ToList();
        var scores = (await QueryAsync<(string OcgReference, long? Score)>(scope, Morile, new { Ocgs = SqlList.Of(memberOcgs) }, cancellationToken))
            .ToDictionary(r => r.OcgReference, r => r.Score, StringComparer.Ordinal);
        var mentions = await evidence.MentionsAsync(kind, live, cancellationToken);
        await evidence.RecordsAsync(mentions.Values.SelectMany(m => m), cancellationToken);

        var desired = new Dictionary<string, Dictionary<string, StoredOpportunity>>(StringComparer.Ordinal);
        foreach (var hubId in live)
        {
            var own = mentions.GetValueOrDefault(hubId) ?? [];
            var records = await evidence.RecordsAsync(own, cancellationToken);
            var facts = await evidence.FactsAsync(kind, own, cancellationToken);
            var morile = scopes.GetValueOrDefault(hubId)?.Where(o => o.IsMember).Select(o => scores.GetValueOrDefault(o.Ocg)).Max();
            desired[hubId] = derivation.Derive(kind, hubId, own, records, facts, morile, evidence.Today)
                .ToDictionary(o => o.OpportunityId, StringComparer.Ordinal);
        }

        // Officers' recorded status decides where an option that is new, or back after a withdrawal, starts.
        var known = stored.SelectMany(g => g).ToDictionary(o => o.OpportunityId, o => o.Status, StringComparer.Ordinal);
        var needStatus = desired.Values.SelectMany(d => d.Keys)
            .Where(id => !known.TryGetValue(id, out var status) || status == OpportunityStates.Withdrawn);
        var recorded = await RecordedAsync(scope, needStatus, cancellationToken);

        var events = 0;
        foreach (var hubId in hubIds)
        {
            events += await WriteAsync(scope, stored[hubId], desired.GetValueOrDefault(hubId) ?? [], recorded, cancellationToken);
        }

        return events;
    }

    private static async Task<int> WriteAsync(
        WriteScope scope, IEnumerable<StoredOpportunity> stored, Dictionary<string, StoredOpportunity> desired, Dictionary<string, string> recorded, CancellationToken cancellationToken)
    {
        var events = 0;
        foreach (var current in stored)
        {
            if (desired.Remove(current.OpportunityId, out var wanted))
            {
                var status = current.Status == OpportunityStates.Withdrawn ? recorded.GetValueOrDefault(current.OpportunityId, OpportunityStates.Open) : current.Status;
                if (status != current.Status || wanted.ContentHash != current.ContentHash)
                {
                    var kindOfEvent = OpportunityStates.IsClosed(status) ? OpportunityStates.EventClosed : OpportunityStates.EventChanged;
                    await OpportunityStore.UpdateAsync(scope, wanted with { Status = status }, kindOfEvent, cancellationToken);
                    events++;
                }
            }
            else if (current.Status != OpportunityStates.Withdrawn)
            {
                await OpportunityStore.SetStatusAsync(scope, current, OpportunityStates.Withdrawn, cancellationToken);
                events++;
            }
        }

        foreach (var fresh in desired.Values)
        {
            await OpportunityStore.InsertAsync(scope, fresh with { Status = recorded.GetValueOrDefault(fresh.OpportunityId, OpportunityStates.Open) }, cancellationToken);
            events++;
        }

        return events;
    }

    /// <summary>The status officers last recorded for each of <paramref name="ids"/> that has one.</summary>
    private static async Task<Dictionary<string, string>> RecordedAsync(WriteScope scope, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var latest = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Chunk(500))
        {
            foreach (var (id, status) in await QueryAsync<(string OpportunityId, string Status)>(scope, RecordedStatuses, new { Ids = SqlList.Of(chunk) }, cancellationToken))
            {
                latest[id] = status;
            }
        }

        return latest;
    }

    private static async Task<IEnumerable<T>> QueryAsync<T>(WriteScope scope, string sql, object args, CancellationToken cancellationToken)
        => await scope.Connection.QueryAsync<T>(new CommandDefinition(scope.Sql.InLists(sql), args, scope.Transaction, cancellationToken: cancellationToken));
}
