using System.Globalization;
using System.Text.Json;
using Chb.Hub.Agencies;
using Chb.Hub.Data;
using Chb.Hub.Linking;
using Chb.Hub.Tactics;
using Dapper;
using Microsoft.Extensions.Options;

namespace Chb.Hub.Opportunities;

/// <summary>What one batch did.</summary>
internal sealed record OpportunityOutcome(bool Advanced, long From, long To, int Subjects, int Events)
{
    /// <summary>Gets a value indicating whether links are already further on, so another batch can start at once.</summary>
    public bool More { get; init; }

    /// <summary>Gets where the batch's time went, in milliseconds: the OCG tables and finding whom to recompute, then recomputing them.</summary>
    public (double Find, double Recompute) Timings { get; init; }
}

/// <summary>
/// One step of the opportunity projection: follows the linking checkpoint, finds the nominals and locations
/// whose records, links or OCGs changed, re-derives their opportunities from the tactics catalogue and writes
/// only the differences, each with an event. After a linking rebuild it waits until links have caught up,
/// then recomputes everything by the same diff, so ids are stable and watchers see only real changes.
/// </summary>
internal sealed class OpportunityBatch(TacticCatalogue catalogue, AgencyDirectory agencies, IOptions<LinkingOptions> options, TimeProvider time)
{
    public const string Projection = "opportunities";
    private const string RebuildMarker = "opportunities-rebuild";

    private const string Claim = "UPDATE projection_checkpoints SET sequence = sequence WHERE projection = @Projection";
    private const string Read = "SELECT sequence FROM projection_checkpoints WHERE projection = @Projection";
    private const string Save = "UPDATE projection_checkpoints SET sequence = @Sequence WHERE projection = @Projection";
    private const string AddMarker = "INSERT INTO projection_checkpoints (projection, sequence) VALUES (@Projection, @Sequence)";
    private const string DropMarker = "DELETE FROM projection_checkpoints WHERE projection = @Projection";

    private const string AllSubjects = """
        SELECT 'nominal' AS Kind, hub_id AS HubId FROM nominals
        UNION SELECT 'location', hub_id FROM locations
        UNION SELECT subject_kind, subject_hub_id FROM opportunities
        UNION SELECT subject_kind, subject_hub_id FROM opportunity_subjects
        """;

    private const string SubjectsOfRecord = """
        SELECT DISTINCT other.subject_kind AS Kind, other.subject_hub_id AS HubId
        FROM record_subjects s
        CROSS JOIN record_cases sc
        CROSS JOIN record_cases oc
        CROSS JOIN record_subjects other
        WHERE s.subject_kind = @Kind AND s.subject_hub_id = @HubId
          AND sc.agency = s.agency AND sc.partner_reference = s.partner_reference
          AND oc.agency = sc.agency AND oc.case_key = sc.case_key
          AND other.agency = oc.agency AND other.partner_reference = oc.partner_reference AND other.subject_hub_id IS NOT NULL
        """;

    private const string TouchedByLinking = """
        SELECT DISTINCT subject_kind AS Kind, hub_id AS HubId FROM link_touched WHERE sequence > @From AND sequence <= @To
        """;

    private const string PruneTouched = "DELETE FROM link_touched WHERE sequence <= @To";

    private const string SubjectsOfChangedRecord = """
        SELECT subject_kind AS Kind, subject_hub_id AS HubId FROM record_subjects
        WHERE agency = @Agency AND partner_reference = @PartnerReference AND subject_hub_id IS NOT NULL
        """;

    private const string SubjectsOfOcgs = "SELECT subject_kind AS Kind, subject_hub_id AS HubId FROM opportunity_subjects WHERE ocg_reference IN @Ocgs";

    private const string Exists = """
        SELECT COUNT(*) FROM (SELECT hub_id FROM nominals WHERE hub_id = @HubId AND @Kind = 'nominal'
                              UNION ALL SELECT hub_id FROM locations WHERE hub_id = @HubId AND @Kind = 'location') found
        """;

    private const string MemberMorile = """
        SELECT MAX(g.morile_score) FROM opportunity_subjects s JOIN ocgs g ON g.ocg_reference = s.ocg_reference
        WHERE s.subject_kind = @Kind AND s.subject_hub_id = @HubId AND s.is_member = 1
        """;

    private const string Received = "SELECT sequence AS Sequence, received_at AS ReceivedAt FROM source_records WHERE sequence IN @Sequences";

    public async Task<OpportunityOutcome> RunAsync(WriteScope scope, CancellationToken cancellationToken)
    {
        await Execute(scope, Claim, new { Projection }, cancellationToken);
        var from = await Checkpoint(scope, Projection, cancellationToken) ?? 0;
        var links = await Checkpoint(scope, ChangeFeed.Projection, cancellationToken) ?? 0;
        var pending = await Checkpoint(scope, RebuildMarker, cancellationToken);
        var full = from == 0;
        if (links < from)
        {
            // Links are being rebuilt: wait until they are back where this projection was, then recompute all.
            if (pending is null)
            {
                await Execute(scope, AddMarker, new { Projection = RebuildMarker, Sequence = from }, cancellationToken);
            }

            return new OpportunityOutcome(false, from, from, 0, 0);
        }

        if (pending is { } target)
        {
            if (links < target)
            {
                return new OpportunityOutcome(false, from, from, 0, 0);
            }

            await Execute(scope, DropMarker, new { Projection = RebuildMarker }, cancellationToken);
            full = true;
        }

        if (!full && links == from)
        {
            return new OpportunityOutcome(false, from, from, 0, 0);
        }

        if (full)
        {
            await Execute(scope, "DELETE FROM record_ocgs", null, cancellationToken);
            await Execute(scope, "DELETE FROM ocgs", null, cancellationToken);
            await Execute(scope, "DELETE FROM record_cases", null, cancellationToken);
        }

        // A bounded window, like linking's, so a slow batch cannot grow into one that never commits.
        var to = full ? links : Math.Min(links, from + options.Value.BatchSize);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var changes = await ChangeFeed.ReadAsync(scope, full ? 0 : from, to, cancellationToken);
        var touchedOcgs = await OcgProjection.ApplyAsync(scope, changes, cancellationToken);
        var subjects = await AffectedAsync(scope, full, from, to, changes, touchedOcgs, cancellationToken);
        var evidence = new SubjectEvidence(new WriteScopeOrConnection(scope.Connection, scope.Transaction), scope.Sql, agencies, Today);
        var found = System.Diagnostics.Stopwatch.GetTimestamp();
        var events = 0;
        foreach (var (kind, hubId) in subjects)
        {
            events += await RefreshAsync(scope, evidence, kind, hubId, cancellationToken);
        }

        await Execute(scope, PruneTouched, new { To = to }, cancellationToken);
        await Execute(scope, Save, new { Projection, Sequence = to }, cancellationToken);
        return new OpportunityOutcome(true, from, to, subjects.Count, events)
        {
            More = to < links,
            Timings = (System.Diagnostics.Stopwatch.GetElapsedTime(started, found).TotalMilliseconds, System.Diagnostics.Stopwatch.GetElapsedTime(found).TotalMilliseconds),
        };
    }

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>
    /// Whom to recompute: everyone whose cluster linking created, redrew or removed in the window; everyone named
    /// in a record that changed (a new version can change facts without moving a cluster); everyone in the picture
    /// of an OCG whose records changed; and everyone named in the same cases as any of those nominals.
    /// </summary>
    private static async Task<List<(string Kind, string HubId)>> AffectedAsync(
        WriteScope scope, bool full, long from, long to, IReadOnlyList<Change> changes, IReadOnlySet<string> touchedOcgs, CancellationToken cancellationToken)
    {
        var affected = new SortedSet<(string Kind, string HubId)>();
        async Task AddAsync(string sql, object args)
            => affected.UnionWith(await scope.Connection.QueryAsync<(string Kind, string HubId)>(
                new CommandDefinition(scope.Sql.InLists(sql), args, scope.Transaction, cancellationToken: cancellationToken)));

        if (full)
        {
            await AddAsync(AllSubjects, new { });
            return [.. affected];
        }

        await AddAsync(TouchedByLinking, new { From = from, To = to });
        foreach (var change in changes.DistinctBy(c => (c.Agency, c.PartnerReference)))
        {
            await AddAsync(SubjectsOfChangedRecord, new { change.Agency, change.PartnerReference });
        }

        foreach (var chunk in touchedOcgs.Chunk(200))
        {
            await AddAsync(SubjectsOfOcgs, new { Ocgs = SqlList.Of(chunk) });
        }

        // A nominal's records, OCG or cluster changed: everyone named beside it may have joined or left an OCG's picture.
        foreach (var nominal in affected.Where(a => a.Kind == SubjectKinds.Nominal).ToList())
        {
            await AddAsync(SubjectsOfRecord, new { nominal.Kind, nominal.HubId });
        }

        return [.. affected];
    }

    private async Task<int> RefreshAsync(WriteScope scope, SubjectEvidence evidence, string kind, string hubId, CancellationToken cancellationToken)
    {
        var stored = await OpportunityStore.ForSubjectAsync(scope, kind, hubId, cancellationToken);
        var exists = await scope.Connection.ExecuteScalarAsync<long>(
            new CommandDefinition(Exists, new { Kind = kind, HubId = hubId }, scope.Transaction, cancellationToken: cancellationToken)) > 0;
        var desired = new Dictionary<string, StoredOpportunity>(StringComparer.Ordinal);
        if (exists)
        {
            await SubjectScopes.RefreshAsync(scope, kind, hubId, cancellationToken);
            foreach (var opportunity in await DeriveAsync(scope, evidence, kind, hubId, cancellationToken))
            {
                desired[opportunity.OpportunityId] = opportunity;
            }
        }
        else
        {
            await SubjectScopes.RemoveAsync(scope, kind, hubId, cancellationToken);
        }

        var events = 0;
        foreach (var current in stored)
        {
            if (desired.Remove(current.OpportunityId, out var wanted))
            {
                var status = current.Status == OpportunityStates.Withdrawn
                    ? await OpportunityStore.RecordedStatusAsync(scope, current.OpportunityId, cancellationToken) ?? OpportunityStates.Open
                    : current.Status;
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
            var status = await OpportunityStore.RecordedStatusAsync(scope, fresh.OpportunityId, cancellationToken) ?? OpportunityStates.Open;
            await OpportunityStore.InsertAsync(scope, fresh with { Status = status }, cancellationToken);
            events++;
        }

        return events;
    }

    private async Task<List<StoredOpportunity>> DeriveAsync(WriteScope scope, SubjectEvidence evidence, string kind, string hubId, CancellationToken cancellationToken)
    {
        var mentions = await evidence.MentionsAsync(kind, hubId, cancellationToken);
        if (mentions.Count == 0)
        {
            return [];
        }

        var records = await evidence.RecordsAsync(mentions, cancellationToken);
        var received = (await scope.Connection.QueryAsync<(long Sequence, DateTimeOffset ReceivedAt)>(new CommandDefinition(
                scope.Sql.InLists(Received), new { Sequences = SqlList.Of(records.Keys) }, scope.Transaction, cancellationToken: cancellationToken)))
            .ToDictionary(r => OpportunityIds.Record(records[r.Sequence].Agency, records[r.Sequence].PartnerReference), r => DateOnly.FromDateTime(r.ReceivedAt.UtcDateTime), StringComparer.Ordinal);

        // An undated fact is as recent as the record that states it.
        var facts = (await evidence.FactsAsync(kind, mentions, cancellationToken))
            .Select(f => f.On is null && received.TryGetValue(f.RecordId, out var day) ? f with { On = day } : f)
            .ToList();
        var morile = await scope.Connection.ExecuteScalarAsync<long?>(
            new CommandDefinition(MemberMorile, new { Kind = kind, HubId = hubId }, scope.Transaction, cancellationToken: cancellationToken));
        var subject = new TacticSubject(kind == SubjectKinds.Nominal ? FactSubject.Person : FactSubject.Location, facts)
        {
            Age = kind == SubjectKinds.Nominal ? AgeOf(mentions, records, evidence.Today) : null,
            MorileScore = morile,
        };

        return [.. TacticEvaluator.Evaluate(catalogue, subject, evidence.Today).Select(match => ToStored(match, kind, hubId))];
    }

    private static int? AgeOf(IReadOnlyList<SubjectMention> mentions, IReadOnlyDictionary<long, LoadedRecord> records, DateOnly today)
    {
        var births = mentions
            .Select(m => records.TryGetValue(m.RecordSequence, out var r) && m.ItemIndex < r.Record.Parties.Count ? r.Record.Parties[(int)m.ItemIndex].Person?.DateOfBirth : null)
            .OfType<DateOnly>()
            .GroupBy(d => d)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key)
            .FirstOrDefault();
        return births is null ? null : TacticSubject.AgeOn(births.Key, today);
    }

    private StoredOpportunity ToStored(TacticMatch match, string kind, string hubId)
    {
        var tactic = match.Tactic;
        var items = match.Justification
            .Select(f => new EvidenceItem(f.Fact, f.Agency, f.RecordId, f.On?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), f.Detail))
            .ToArray();
        var evidenceJson = JsonSerializer.Serialize(items, OpportunityJson.Default.EvidenceItemArray);
        var rationale = $"{tactic.Instrument}: " + string.Join("; ", match.Justification.Select(Describe).Distinct(StringComparer.Ordinal));
        if (match.AgeUnverified)
        {
            rationale += " (age unverified)";
        }

        var owner = OwnerOf(tactic, match.Agencies);
        var priority = Math.Round(match.Priority, 1);
        var hash = OpportunityIds.Content(string.Create(CultureInfo.InvariantCulture, $"{tactic.Id}\n{owner}\n{priority:F1}\n{evidenceJson}\n{rationale}"));
        return new StoredOpportunity(
            OpportunityIds.Opportunity(tactic.Id, kind, hubId), tactic.Id, kind, hubId, owner, priority, OpportunityStates.Open, evidenceJson, rationale, hash, 0);
    }

    private static string Describe(SubjectFact fact)
    {
        var what = FactNames.Descriptions.GetValueOrDefault(fact.Fact, fact.Fact);
        var detail = fact.Detail is null ? string.Empty : $" {fact.Detail}";
        var on = fact.On is { } day ? day.ToString(", yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
        return $"{what}{detail} ({fact.Agency}{on})";
    }

    /// <summary>The agency that owns the power: one whose records justify it if any is of the right kind, else the first configured one.</summary>
    private string OwnerOf(Tactic tactic, IReadOnlyList<string> justifying)
    {
        foreach (var code in justifying)
        {
            if (agencies.TryGet(code, out var agency) && agency.Kind == tactic.OwningAgencyKind)
            {
                return code;
            }
        }

        return agencies.All.Where(a => a.Kind == tactic.OwningAgencyKind).Select(a => a.Code).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? tactic.OwningAgencyKind.ToString();
    }

    private static async Task<long?> Checkpoint(WriteScope scope, string projection, CancellationToken cancellationToken)
        => await scope.Connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(Read, new { Projection = projection }, scope.Transaction, cancellationToken: cancellationToken));

    private static Task<int> Execute(WriteScope scope, string sql, object? args, CancellationToken cancellationToken)
        => scope.Connection.ExecuteAsync(new CommandDefinition(sql, args, scope.Transaction, cancellationToken: cancellationToken));
}
