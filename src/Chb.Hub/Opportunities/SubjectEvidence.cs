using Chb.Adapters;
using Chb.Hub.Agencies;
using Chb.Hub.Data;
using Chb.Hub.Ingest;
using Chb.Hub.Tactics;
using Dapper;

namespace Chb.Hub.Opportunities;

/// <summary>One mention of a subject: which record, which party or place in it, and the role it plays there.</summary>
internal sealed record SubjectMention(string MentionId, string Agency, string PartnerReference, long ItemIndex, long RecordSequence, long FirstSequence, string Role);

/// <summary>A live source record as the hub stores it, parsed once per batch or read.</summary>
internal sealed record LoadedRecord(long Sequence, string Agency, string PartnerReference, CanonicalRecord Record, DateOnly Received)
{
    public string RecordId => OpportunityIds.Record(Agency, PartnerReference);
}

/// <summary>
/// Reads what the hub holds on a nominal or location: its mentions, the live records they sit in, and the facts
/// those records state about it. Caches parsed records and extracted facts for the life of one batch or read.
/// </summary>
internal sealed class SubjectEvidence(WriteScopeOrConnection db, ISqlDialect sql, AgencyDirectory agencies, DateOnly today)
{
    private const string Mentions = """
        SELECT subject_hub_id AS HubId, mention_id AS MentionId, agency AS Agency, partner_reference AS PartnerReference, item_index AS ItemIndex,
               record_sequence AS RecordSequence, first_sequence AS FirstSequence, role AS Role
        FROM record_subjects WHERE subject_kind = @Kind AND subject_hub_id IN @HubIds
        ORDER BY first_sequence, mention_id
        """;

    private const string Bodies = """
        SELECT sequence AS Sequence, agency AS Agency, partner_reference AS PartnerReference, body AS Body, received_at AS ReceivedAt
        FROM source_records WHERE sequence IN @Sequences
        """;

    private readonly Dictionary<long, LoadedRecord> _records = [];
    private readonly Dictionary<long, IReadOnlyList<ExtractedFact>> _facts = [];

    public DateOnly Today => today;

    public async Task<IReadOnlyList<SubjectMention>> MentionsAsync(string kind, string hubId, CancellationToken cancellationToken)
        => (await MentionsAsync(kind, [hubId], cancellationToken)).GetValueOrDefault(hubId) ?? [];

    /// <summary>The mentions of each of <paramref name="hubIds"/> (all of one kind), oldest first (by first version, then mention id).</summary>
    public async Task<Dictionary<string, List<SubjectMention>>> MentionsAsync(string kind, IReadOnlyCollection<string> hubIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, List<SubjectMention>>(StringComparer.Ordinal);
        foreach (var chunk in hubIds.Chunk(500))
        {
            var rows = await db.Connection.QueryAsync<(string HubId, string MentionId, string Agency, string PartnerReference, long ItemIndex, long RecordSequence, long FirstSequence, string Role)>(
                new CommandDefinition(sql.InLists(Mentions), new { Kind = kind, HubIds = SqlList.Of(chunk) }, db.Transaction, cancellationToken: cancellationToken));
            foreach (var r in rows)
            {
                if (!found.TryGetValue(r.HubId, out var list))
                {
                    found[r.HubId] = list = [];
                }

                list.Add(new SubjectMention(r.MentionId, r.Agency, r.PartnerReference, r.ItemIndex, r.RecordSequence, r.FirstSequence, r.Role));
            }
        }

        return found;
    }

    /// <summary>The records behind <paramref name="mentions"/>, parsed; cached across calls.</summary>
    public async Task<IReadOnlyDictionary<long, LoadedRecord>> RecordsAsync(IEnumerable<SubjectMention> mentions, CancellationToken cancellationToken)
    {
        var wanted = mentions.Select(m => m.RecordSequence).Distinct().ToList();
        var missing = wanted.Where(s => !_records.ContainsKey(s)).ToList();
        foreach (var chunk in missing.Chunk(500))
        {
            var rows = await db.Connection.QueryAsync<(long Sequence, string Agency, string PartnerReference, string Body, DateTimeOffset ReceivedAt)>(
                new CommandDefinition(sql.InLists(Bodies), new { Sequences = SqlList.Of(chunk) }, db.Transaction, cancellationToken: cancellationToken));
            foreach (var row in rows)
            {
                _records[row.Sequence] = new LoadedRecord(
                    row.Sequence, row.Agency, row.PartnerReference, CanonicalJson.Deserialize(row.Body), DateOnly.FromDateTime(row.ReceivedAt.UtcDateTime));
            }
        }

        return wanted.Where(_records.ContainsKey).ToDictionary(s => s, s => _records[s]);
    }

    /// <summary>The facts the subject's records state about it, each tied to the record and agency that state it.</summary>
    public async Task<IReadOnlyList<SubjectFact>> FactsAsync(string kind, IReadOnlyList<SubjectMention> mentions, CancellationToken cancellationToken)
    {
        var records = await RecordsAsync(mentions, cancellationToken);
        var wantedSubject = kind == Linking.SubjectKinds.Nominal ? FactSubject.Person : FactSubject.Location;
        var facts = new List<SubjectFact>();
        foreach (var mention in mentions)
        {
            if (!records.TryGetValue(mention.RecordSequence, out var record))
            {
                continue;
            }

            foreach (var fact in Extracted(record))
            {
                if (fact.Subject == wantedSubject && fact.ItemIndex == mention.ItemIndex)
                {
                    facts.Add(SubjectFact.From(fact, record.Agency, record.RecordId));
                }
            }
        }

        return facts;
    }

    public AgencyKind KindOf(string agency) => agencies.TryGet(agency, out var a) ? a.Kind : AgencyKind.Unspecified;

    private IReadOnlyList<ExtractedFact> Extracted(LoadedRecord record)
    {
        if (!_facts.TryGetValue(record.Sequence, out var facts))
        {
            facts = FactExtractor.Extract(record.Record, KindOf(record.Agency).ToString(), today);
            _facts[record.Sequence] = facts;
        }

        return facts;
    }
}

/// <summary>A connection and, when writing, its transaction: evidence is read the same way in a batch and in a read.</summary>
internal sealed record WriteScopeOrConnection(System.Data.Common.DbConnection Connection, System.Data.Common.DbTransaction? Transaction);
