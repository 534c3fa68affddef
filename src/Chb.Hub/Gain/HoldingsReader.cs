using Chb.Adapters;
using Chb.Hub.Agencies;
using Chb.Hub.Data;
using Chb.Hub.Ingest;
using Chb.Hub.Linking;
using Chb.Hub.Opportunities;
using Dapper;

namespace Chb.Hub.GainCoordination;

/// <summary>A subject GAIN coordinators ask about: a hub nominal, a hub location or an OCG by reference.</summary>
internal sealed record HoldingSubject(string Kind, string Id)
{
    public const string Ocg = "ocg";

    public override string ToString() => $"{Kind}:{Id}";
}

/// <summary>One live partner record held on a subject, with how the subject appears in it (its mentions).</summary>
internal sealed record HeldRecord(string Agency, string PartnerReference, CanonicalRecord Record, IReadOnlyList<SubjectMention> Mentions)
{
    public string RecordId => OpportunityIds.Record(Agency, PartnerReference);
}

/// <summary>One agency's records of one kind on a subject; <see cref="Month"/> is when its latest dated entry falls.</summary>
internal sealed record SubjectHolding(string Reference, string Agency, string Category, DateOnly Month, IReadOnlyList<HeldRecord> Records);

/// <summary>What a holding reference stands for.</summary>
internal sealed record StoredHolding(string HoldingReference, string SubjectKind, string SubjectId, string Agency, string Category)
{
    public HoldingSubject Subject => new(SubjectKind, SubjectId);
}

/// <summary>
/// Hit/no-hit: which agencies hold records of which kind on a subject. Reads the linked records behind it and groups
/// them; nothing here discloses content. The month of a holding comes only from entries that may be shared (case dates,
/// markers, intelligence that is neither source-protected nor handling code C), or else from when the hub first
/// received the record, so the date cannot time a protected source.
/// </summary>
internal sealed class HoldingsReader(IHubDatabase database, StoreExecutor store, AgencyDirectory agencies, TimeProvider time)
{
    private const string NominalExists = "SELECT COUNT(*) FROM nominals WHERE hub_id = @Id";
    private const string LocationExists = "SELECT COUNT(*) FROM locations WHERE hub_id = @Id";

    private const string OcgExists = """
        SELECT (SELECT COUNT(*) FROM ocgs WHERE ocg_reference = @Id) + (SELECT COUNT(*) FROM record_ocgs WHERE ocg_reference = @Id)
             + (SELECT COUNT(*) FROM opportunity_subjects WHERE ocg_reference = @Id)
        """;

    private const string Picture = "SELECT subject_hub_id FROM opportunity_subjects WHERE ocg_reference = @Id";

    private const string OcgRecords = """
        SELECT agency AS Agency, partner_reference AS PartnerReference FROM ocgs WHERE ocg_reference = @Id
        UNION SELECT agency, partner_reference FROM record_ocgs WHERE ocg_reference = @Id
        """;

    private const string Mentions = """
        SELECT mention_id AS MentionId, agency AS Agency, partner_reference AS PartnerReference, item_index AS ItemIndex,
               record_sequence AS RecordSequence, first_sequence AS FirstSequence, role AS Role
        FROM record_subjects WHERE subject_hub_id IN @Ids
        """;

    private const string Versions = """
        SELECT MIN(sequence) AS FirstSequence, MAX(sequence) AS LastSequence FROM source_records
        WHERE agency = @Agency AND partner_reference = @PartnerReference AND retracted = 0
        """;

    private const string Bodies = "SELECT sequence AS Sequence, agency AS Agency, partner_reference AS PartnerReference, body AS Body FROM source_records WHERE sequence IN @Sequences";
    private const string Received = "SELECT sequence AS Sequence, received_at AS ReceivedAt FROM source_records WHERE sequence IN @Sequences";

    private const string Known = "SELECT holding_reference FROM gain_holdings WHERE holding_reference IN @References";

    private const string Remember = """
        INSERT INTO gain_holdings (holding_reference, subject_kind, subject_id, agency, category)
        VALUES (@Reference, @SubjectKind, @SubjectId, @Agency, @Category)
        """;

    private const string Find = """
        SELECT holding_reference AS HoldingReference, subject_kind AS SubjectKind, subject_id AS SubjectId, agency AS Agency, category AS Category
        FROM gain_holdings WHERE holding_reference = @Reference
        """;

    /// <summary>The subject's holdings, by agency and kind; null when the hub knows no such subject.</summary>
    public async Task<IReadOnlyList<SubjectHolding>?> ForAsync(HoldingSubject subject, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var exists = subject.Kind switch
        {
            SubjectKinds.Nominal => NominalExists,
            SubjectKinds.Location => LocationExists,
            _ => OcgExists,
        };
        if (await connection.ExecuteScalarAsync<long>(new CommandDefinition(exists, new { subject.Id }, cancellationToken: cancellationToken)) == 0)
        {
            return null;
        }

        var ids = subject.Kind == HoldingSubject.Ocg
            ? (await connection.QueryAsync<string>(new CommandDefinition(Picture, new { subject.Id }, cancellationToken: cancellationToken))).Distinct(StringComparer.Ordinal).ToList()
            : [subject.Id];
        var mentions = new List<SubjectMention>();
        foreach (var chunk in ids.Chunk(500))
        {
            mentions.AddRange(await connection.QueryAsync<SubjectMention>(
                new CommandDefinition(database.Sql.InLists(Mentions), new { Ids = SqlList.Of(chunk) }, cancellationToken: cancellationToken)));
        }

        // Each live record once: its current version, and its first (when the hub first received it).
        var versions = mentions
            .GroupBy(m => (m.Agency, m.PartnerReference))
            .ToDictionary(g => g.Key, g => (First: g.Min(m => m.FirstSequence), Last: g.Max(m => m.RecordSequence)));
        if (subject.Kind == HoldingSubject.Ocg)
        {
            foreach (var (agency, reference) in await connection.QueryAsync<(string Agency, string PartnerReference)>(
                         new CommandDefinition(OcgRecords, new { subject.Id }, cancellationToken: cancellationToken)))
            {
                var live = await connection.QuerySingleAsync<(long? First, long? Last)>(
                    new CommandDefinition(Versions, new { Agency = agency, PartnerReference = reference }, cancellationToken: cancellationToken));
                if (live is { First: { } first, Last: { } last } && !versions.ContainsKey((agency, reference)))
                {
                    versions[(agency, reference)] = (first, last);
                }
            }
        }

        var bodies = await LoadAsync<(long Sequence, string Agency, string PartnerReference, string Body)>(connection, Bodies, versions.Values.Select(v => v.Last), cancellationToken);
        var received = (await LoadAsync<(long Sequence, DateTimeOffset ReceivedAt)>(connection, Received, versions.Values.Select(v => v.First), cancellationToken))
            .ToDictionary(r => r.Sequence, r => DateOnly.FromDateTime(r.ReceivedAt.UtcDateTime));
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var held = new List<(HeldRecord Record, DateOnly Latest)>();
        foreach (var body in bodies)
        {
            var record = CanonicalJson.Deserialize(body.Body);
            var key = (body.Agency, body.PartnerReference);
            var fallback = received.TryGetValue(versions[key].First, out var day) ? day : today;
            var own = mentions.Where(m => m.Agency == body.Agency && m.PartnerReference == body.PartnerReference).ToList();
            held.Add((new HeldRecord(body.Agency, body.PartnerReference, record, own), LatestShareable(record, today) ?? fallback));
        }

        return [.. held
            .GroupBy(h => (h.Record.Agency, Category: HoldingCategories.Of(KindOf(h.Record.Agency), h.Record.Record.Kind)))
            .Select(g => new SubjectHolding(
                GainIds.Holding(subject.Kind, subject.Id, g.Key.Agency, g.Key.Category),
                g.Key.Agency,
                g.Key.Category,
                MonthOf(g.Max(h => h.Latest)),
                [.. g.Select(h => h.Record).OrderBy(r => r.RecordId, StringComparer.Ordinal)]))
            .OrderBy(h => h.Agency, StringComparer.Ordinal)
            .ThenBy(h => h.Category, StringComparer.Ordinal)];
    }

    /// <summary>Keeps what each reference stands for, so a disclosure request can name it.</summary>
    public Task RememberAsync(HoldingSubject subject, IReadOnlyList<SubjectHolding> holdings, CancellationToken cancellationToken)
        => holdings.Count == 0
            ? Task.CompletedTask
            : store.WriteAsync(
                static async (scope, s, ct) =>
                {
                    await scope.Connection.ExecuteAsync(new CommandDefinition(SiteStore.LockGain, transaction: scope.Transaction, cancellationToken: ct));
                    var known = (await scope.Connection.QueryAsync<string>(new CommandDefinition(
                        scope.Sql.InLists(Known), new { References = SqlList.Of(s.holdings.Select(h => h.Reference)) }, scope.Transaction, cancellationToken: ct)))
                        .ToHashSet(StringComparer.Ordinal);
                    var fresh = s.holdings.Where(h => !known.Contains(h.Reference))
                        .Select(h => new { h.Reference, SubjectKind = s.subject.Kind, SubjectId = s.subject.Id, h.Agency, h.Category });
                    return await scope.Connection.ExecuteAsync(new CommandDefinition(Remember, fresh, scope.Transaction, cancellationToken: ct));
                },
                (subject, holdings),
                cancellationToken);

    public async Task<StoredHolding?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<StoredHolding>(new CommandDefinition(Find, new { Reference = reference }, cancellationToken: cancellationToken));
    }

    /// <summary>The holding a reference stands for, as it is now; null when it is unknown or no longer held.</summary>
    public async Task<(StoredHolding Stored, SubjectHolding Current)?> CurrentAsync(string reference, CancellationToken cancellationToken)
    {
        if (await FindAsync(reference, cancellationToken) is not { } stored
            || await ForAsync(stored.Subject, cancellationToken) is not { } holdings
            || holdings.FirstOrDefault(h => h.Reference == stored.HoldingReference) is not { } current)
        {
            return null;
        }

        return (stored, current);
    }

    private AgencyKind KindOf(string agency) => agencies.TryGet(agency, out var a) ? a.Kind : AgencyKind.Unspecified;

    private async Task<List<T>> LoadAsync<T>(System.Data.Common.DbConnection connection, string sql, IEnumerable<long> sequences, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        foreach (var chunk in sequences.Distinct().Chunk(500))
        {
            rows.AddRange(await connection.QueryAsync<T>(new CommandDefinition(database.Sql.InLists(sql), new { Sequences = SqlList.Of(chunk) }, cancellationToken: cancellationToken)));
        }

        return rows;
    }

    private static DateOnly? LatestShareable(CanonicalRecord record, DateOnly today)
    {
        var dates = new List<DateOnly>();
        if (record.Case is { } details)
        {
            if (details.OpenedAt is { } opened)
            {
                dates.Add(DateOnly.FromDateTime(opened.UtcDateTime));
            }

            if (details.ClosedOn is { } closed)
            {
                dates.Add(closed);
            }
        }

        dates.AddRange(record.Markers.Select(m => m.IssuedOn).OfType<DateOnly>());
        dates.AddRange(record.Locations.Select(l => l.From).OfType<DateOnly>());
        dates.AddRange(record.Intelligence.Where(i => !i.IsSourceProtected && i.Handling == HandlingCode.P).Select(i => i.RecordedOn));
        return dates.Where(d => d <= today).Select(d => (DateOnly?)d).Max();
    }

    private static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);
}
