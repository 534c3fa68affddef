using System.Data.Common;
using Chb.Hub.Data;
using Dapper;

namespace Chb.Hub.Linking;

/// <summary>A pair as analysts see it: the two mentions, their records and clusters, the evidence and any judgement.</summary>
internal sealed class LinkView
{
    public string LinkId { get; init; } = string.Empty;

    public string SubjectKind { get; init; } = string.Empty;

    public string LeftMention { get; init; } = string.Empty;

    public string RightMention { get; init; } = string.Empty;

    public string Outcome { get; init; } = string.Empty;

    public string Method { get; init; } = string.Empty;

    public double Score { get; init; }

    public string Features { get; init; } = string.Empty;

    public string LeftAgency { get; init; } = string.Empty;

    public string LeftReference { get; init; } = string.Empty;

    public string RightAgency { get; init; } = string.Empty;

    public string RightReference { get; init; } = string.Empty;

    public string? LeftHub { get; init; }

    public string? RightHub { get; init; }

    public string? Judgement { get; init; }
}

/// <summary>Reads of the linking projection. Pages are keyset pages read without LIMIT/TOP, so the SQL is the same on every engine.</summary>
internal sealed class LinkQueries(StoreExecutor store)
{
    private const string Checkpoint = $"SELECT sequence FROM projection_checkpoints WHERE projection = '{ChangeFeed.Projection}'";

    private const string Pairs = """
        SELECT p.link_id AS LinkId, p.subject_kind AS SubjectKind, p.left_mention AS LeftMention, p.right_mention AS RightMention,
               p.outcome AS Outcome, p.method AS Method, p.score AS Score, p.features AS Features,
               l.agency AS LeftAgency, l.partner_reference AS LeftReference, r.agency AS RightAgency, r.partner_reference AS RightReference,
               l.subject_hub_id AS LeftHub, r.subject_hub_id AS RightHub,
               (SELECT j.judgement FROM link_judgements j WHERE j.sequence =
                   (SELECT MAX(j2.sequence) FROM link_judgements j2 WHERE j2.left_mention = p.left_mention AND j2.right_mention = p.right_mention)) AS Judgement
        FROM link_pairs p
        JOIN record_subjects l ON l.mention_id = p.left_mention
        JOIN record_subjects r ON r.mention_id = p.right_mention
        WHERE p.link_id > @After
        """;

    private const string AllPairs = Pairs + " ORDER BY p.link_id";

    private const string ReviewPairs = Pairs + """
         AND p.outcome = 'review'
         AND NOT EXISTS (SELECT 1 FROM link_judgements j WHERE j.left_mention = p.left_mention AND j.right_mention = p.right_mention)
         AND (l.subject_hub_id IS NULL OR r.subject_hub_id IS NULL OR l.subject_hub_id <> r.subject_hub_id)
        ORDER BY p.link_id
        """;

    private const string Subjects = """
        SELECT mention_id AS MentionId, subject_kind AS SubjectKind, agency AS Agency, partner_reference AS PartnerReference, item_index AS ItemIndex,
               record_sequence AS RecordSequence, first_sequence AS FirstSequence, role AS Role, subject_hub_id AS SubjectHubId, '' AS Features
        FROM record_subjects WHERE agency = @Agency AND partner_reference = @PartnerReference
        ORDER BY subject_kind, item_index
        """;

    public Task<long> CheckpointAsync(CancellationToken cancellationToken)
        => store.ReadAsync(
            static (c, _, ct) => c.ExecuteScalarAsync<long>(new CommandDefinition(Checkpoint, cancellationToken: ct)), 0, cancellationToken);

    public Task<List<LinkView>> LinksAsync(string after, int limit, CancellationToken cancellationToken)
        => PageAsync(AllPairs, after, limit, cancellationToken);

    public Task<List<LinkView>> ReviewQueueAsync(string after, int limit, CancellationToken cancellationToken)
        => PageAsync(ReviewPairs, after, limit, cancellationToken);

    public Task<List<StoredMention>> SubjectsAsync(string agency, string partnerReference, CancellationToken cancellationToken)
        => store.ReadAsync(
            static async (c, s, ct) => (await c.QueryAsync<StoredMention>(new CommandDefinition(Subjects, s, cancellationToken: ct))).AsList(),
            new { Agency = agency, PartnerReference = partnerReference },
            cancellationToken);

    private Task<List<LinkView>> PageAsync(string sql, string after, int limit, CancellationToken cancellationToken)
        => store.ReadAsync(static (c, s, ct) => ReadPageAsync(c, s.sql, s.after, s.limit, ct), (sql, after, limit), cancellationToken);

    private static async Task<List<LinkView>> ReadPageAsync(DbConnection connection, string sql, string after, int limit, CancellationToken cancellationToken)
    {
        var page = new List<LinkView>(limit);
        await foreach (var row in connection.QueryUnbufferedAsync<LinkView>(sql, new { After = after }).WithCancellation(cancellationToken))
        {
            page.Add(row);
            if (page.Count == limit)
            {
                break;
            }
        }

        return page;
    }
}
