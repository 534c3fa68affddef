using Chb.Hub.Data;
using Dapper;

namespace Chb.Hub.Linking;

/// <summary>A scored pair as link_pairs holds it.</summary>
internal sealed class StoredPair
{
    public string LinkId { get; init; } = string.Empty;

    public string SubjectKind { get; init; } = string.Empty;

    public string LeftMention { get; init; } = string.Empty;

    public string RightMention { get; init; } = string.Empty;

    public string Outcome { get; init; } = string.Empty;

    public string Method { get; init; } = string.Empty;

    public double Score { get; init; }

    public long Conflict { get; init; }

    public string Features { get; init; } = string.Empty;

    /// <summary>Whether <paramref name="other"/> is the same row: same ends, outcome, method, score, conflict and explanation.</summary>
    public bool SameAs(StoredPair other)
        => LinkId == other.LinkId && SubjectKind == other.SubjectKind && LeftMention == other.LeftMention && RightMention == other.RightMention
           && Outcome == other.Outcome && Method == other.Method && Score.Equals(other.Score) && Conflict == other.Conflict && Features == other.Features;
}

/// <summary>A judgement as link_judgements holds it.</summary>
internal sealed class StoredJudgement
{
    public long Sequence { get; init; }

    public string LeftMention { get; init; } = string.Empty;

    public string RightMention { get; init; } = string.Empty;

    public string Judgement { get; init; } = string.Empty;
}

/// <summary>Owns link_pairs, and reads judgements for clustering.</summary>
internal static class PairStore
{
    private const string DeleteSql = "DELETE FROM link_pairs WHERE link_id IN @Ids";

    private const string PairsOfSql = """
        SELECT link_id AS LinkId, subject_kind AS SubjectKind, left_mention AS LeftMention, right_mention AS RightMention, outcome AS Outcome,
               method AS Method, score AS Score, conflict AS Conflict, features AS Features
        FROM link_pairs WHERE left_mention IN @Ids OR right_mention IN @Ids
        """;

    private const string InsertSql = """
        INSERT INTO link_pairs (link_id, subject_kind, left_mention, right_mention, outcome, method, score, conflict, features)
        VALUES (@LinkId, @SubjectKind, @LeftMention, @RightMention, @Outcome, @Method, @Score, @Conflict, @Features)
        """;

    private const string UpdateSql = """
        UPDATE link_pairs SET outcome = @Outcome, method = @Method, score = @Score, conflict = @Conflict, features = @Features
        WHERE link_id = @LinkId
        """;

    private const string JudgementsOfSql = """
        SELECT sequence AS Sequence, left_mention AS LeftMention, right_mention AS RightMention, judgement AS Judgement
        FROM link_judgements WHERE (left_mention IN @Ids OR right_mention IN @Ids) AND sequence <= @Upto
        """;

    private const string JudgedInSql = "SELECT left_mention AS LeftMention, right_mention AS RightMention FROM link_judgements WHERE sequence > @From AND sequence <= @To";

    /// <summary>Every stored pair (link or review) with an end among <paramref name="mentionIds"/>, by link id.</summary>
    public static async Task<Dictionary<string, StoredPair>> PairsOfAsync(WriteScope scope, IEnumerable<string> mentionIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StoredPair>(StringComparer.Ordinal);
        foreach (var chunk in mentionIds.Chunk(MentionStore.Chunk))
        {
            foreach (var pair in await scope.Connection.QueryAsync<StoredPair>(
                new CommandDefinition(scope.Sql.InLists(PairsOfSql), new { Ids = SqlList.Of(chunk) }, scope.Transaction, cancellationToken: cancellationToken)))
            {
                found[pair.LinkId] = pair;
            }
        }

        return found;
    }

    public static async Task DeleteAsync(WriteScope scope, IEnumerable<string> linkIds, CancellationToken cancellationToken)
    {
        foreach (var chunk in linkIds.Chunk(MentionStore.Chunk))
        {
            await scope.Connection.ExecuteAsync(new CommandDefinition(scope.Sql.InLists(DeleteSql), new { Ids = SqlList.Of(chunk) }, scope.Transaction, cancellationToken: cancellationToken));
        }
    }

    public static Task InsertAsync(WriteScope scope, IReadOnlyList<StoredPair> pairs, CancellationToken cancellationToken)
        => pairs.Count == 0 ? Task.CompletedTask
            : scope.Connection.ExecuteAsync(new CommandDefinition(InsertSql, pairs, scope.Transaction, cancellationToken: cancellationToken));

    /// <summary>Rewrites the score of pairs already stored (same link id, so the same ends): their mention indexes stay as they are.</summary>
    public static Task UpdateAsync(WriteScope scope, IReadOnlyList<StoredPair> pairs, CancellationToken cancellationToken)
        => pairs.Count == 0 ? Task.CompletedTask
            : scope.Connection.ExecuteAsync(new CommandDefinition(UpdateSql, pairs, scope.Transaction, cancellationToken: cancellationToken));

    /// <summary>
    /// The link pairs (not review pairs) with an end among <paramref name="mentionIds"/>. Review pairs are few, so they are
    /// dropped here: a filter on the outcome in SQL lets a planner without statistics walk every link by its outcome index.
    /// </summary>
    public static async Task<List<StoredPair>> LinksOfAsync(WriteScope scope, IEnumerable<string> mentionIds, CancellationToken cancellationToken)
        => [.. (await PairsOfAsync(scope, mentionIds, cancellationToken)).Values.Where(p => p.Outcome == LinkOutcomes.Link)];

    public static async Task<List<StoredJudgement>> JudgementsOfAsync(WriteScope scope, IEnumerable<string> mentionIds, long upto, CancellationToken cancellationToken)
    {
        var found = new List<StoredJudgement>();
        foreach (var chunk in mentionIds.Chunk(MentionStore.Chunk))
        {
            found.AddRange(await scope.Connection.QueryAsync<StoredJudgement>(
                new CommandDefinition(scope.Sql.InLists(JudgementsOfSql), new { Ids = SqlList.Of(chunk), Upto = upto }, scope.Transaction, cancellationToken: cancellationToken)));
        }

        return found;
    }

    public static async Task<List<(string Left, string Right)>> JudgedInAsync(WriteScope scope, long from, long to, CancellationToken cancellationToken)
        => (await scope.Connection.QueryAsync<(string, string)>(
            new CommandDefinition(JudgedInSql, new { From = from, To = to }, scope.Transaction, cancellationToken: cancellationToken))).AsList();
}
