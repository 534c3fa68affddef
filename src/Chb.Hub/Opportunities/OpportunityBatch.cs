using Chb.Hub.Agencies;
using Chb.Hub.Data;
using Chb.Hub.Linking;
using Dapper;

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
internal sealed class OpportunityBatch(SubjectRefresh refresh, AgencyDirectory agencies, TimeProvider time)
{
    public const string Projection = "opportunities";
    private const int RefreshChunk = 250;
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

    public async Task<OpportunityOutcome> RunAsync(WriteScope scope, int window, CancellationToken cancellationToken)
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
        var to = full ? links : Math.Min(links, from + window);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var changes = await ChangeFeed.ReadAsync(scope, full ? 0 : from, to, cancellationToken);
        var touchedOcgs = await OcgProjection.ApplyAsync(scope, changes, cancellationToken);
        var subjects = await AffectedAsync(scope, full, from, to, changes, touchedOcgs, cancellationToken);
        var evidence = new SubjectEvidence(new WriteScopeOrConnection(scope.Connection, scope.Transaction), scope.Sql, agencies, Today);
        var found = System.Diagnostics.Stopwatch.GetTimestamp();
        var events = 0;
        foreach (var group in subjects.GroupBy(s => s.Kind, StringComparer.Ordinal))
        {
            foreach (var chunk in group.Select(s => s.HubId).Chunk(RefreshChunk))
            {
                events += await refresh.RunAsync(scope, evidence, group.Key, chunk, cancellationToken);
            }
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

    private static async Task<long?> Checkpoint(WriteScope scope, string projection, CancellationToken cancellationToken)
        => await scope.Connection.QuerySingleOrDefaultAsync<long?>(new CommandDefinition(Read, new { Projection = projection }, scope.Transaction, cancellationToken: cancellationToken));

    private static Task<int> Execute(WriteScope scope, string sql, object? args, CancellationToken cancellationToken)
        => scope.Connection.ExecuteAsync(new CommandDefinition(sql, args, scope.Transaction, cancellationToken: cancellationToken));
}
