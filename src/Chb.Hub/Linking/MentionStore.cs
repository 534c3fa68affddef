using Chb.Hub.Data;
using Dapper;

namespace Chb.Hub.Linking;

/// <summary>Owns record_subjects and link_keys. Lists are sent in chunks so no engine's parameter limit is reached.</summary>
internal static class MentionStore
{
    public const int Chunk = 500;

    private const string Columns = """
        mention_id AS MentionId, subject_kind AS SubjectKind, agency AS Agency, partner_reference AS PartnerReference, item_index AS ItemIndex,
        record_sequence AS RecordSequence, first_sequence AS FirstSequence, role AS Role, subject_hub_id AS SubjectHubId, features AS Features
        """;

    private const string ForRecordSql = $"SELECT {Columns} FROM record_subjects WHERE agency = @Agency AND partner_reference = @PartnerReference";
    private const string ByIdSql = $"SELECT {Columns} FROM record_subjects WHERE mention_id IN @Ids";
    private const string ByHubSql = "SELECT mention_id FROM record_subjects WHERE subject_hub_id IN @Hubs";

    private const string InsertSql = """
        INSERT INTO record_subjects (mention_id, subject_kind, agency, partner_reference, item_index, record_sequence, first_sequence, role, subject_hub_id, features)
        VALUES (@MentionId, @SubjectKind, @Agency, @PartnerReference, @ItemIndex, @RecordSequence, @FirstSequence, @Role, @SubjectHubId, @Features)
        """;

    private const string TouchSql = "UPDATE record_subjects SET record_sequence = @RecordSequence, first_sequence = @FirstSequence, role = @Role WHERE mention_id = @MentionId";
    private const string DeleteSql = "DELETE FROM record_subjects WHERE mention_id = @MentionId";
    private const string KeysOfSql = "SELECT link_key FROM link_keys WHERE mention_id = @MentionId";
    private const string DeleteKeysSql = "DELETE FROM link_keys WHERE mention_id = @MentionId";
    private const string InsertKeySql = "INSERT INTO link_keys (link_key, mention_id) VALUES (@Key, @MentionId)";
    private const string CountKeysSql = "SELECT link_key AS LinkKey, COUNT(*) AS Holders FROM link_keys WHERE link_key IN @Keys GROUP BY link_key";
    private const string HoldersSql = "SELECT link_key AS LinkKey, mention_id AS MentionId FROM link_keys WHERE link_key IN @Keys";
    private const string SetHubSql = "UPDATE record_subjects SET subject_hub_id = @Hub WHERE mention_id = @MentionId";

    public static async Task<List<StoredMention>> ForRecordAsync(WriteScope scope, string agency, string partnerReference, CancellationToken cancellationToken)
        => (await scope.Connection.QueryAsync<StoredMention>(new CommandDefinition(
            ForRecordSql, new { Agency = agency, PartnerReference = partnerReference }, scope.Transaction, cancellationToken: cancellationToken))).AsList();

    public static async Task<List<StoredMention>> ByIdAsync(WriteScope scope, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var found = new List<StoredMention>();
        foreach (var chunk in ids.Chunk(Chunk))
        {
            found.AddRange(await scope.Connection.QueryAsync<StoredMention>(new CommandDefinition(scope.Sql.InLists(ByIdSql), new { Ids = SqlList.Of(chunk) }, scope.Transaction, cancellationToken: cancellationToken)));
        }

        return found;
    }

    public static async Task<List<string>> MembersOfAsync(WriteScope scope, IEnumerable<string> hubs, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        foreach (var chunk in hubs.Chunk(Chunk))
        {
            found.AddRange(await scope.Connection.QueryAsync<string>(new CommandDefinition(scope.Sql.InLists(ByHubSql), new { Hubs = SqlList.Of(chunk) }, scope.Transaction, cancellationToken: cancellationToken)));
        }

        return found;
    }

    public static async Task InsertAsync(WriteScope scope, StoredMention mention, IReadOnlyList<long> keys, CancellationToken cancellationToken)
    {
        await scope.Connection.ExecuteAsync(new CommandDefinition(InsertSql, mention, scope.Transaction, cancellationToken: cancellationToken));
        await scope.Connection.ExecuteAsync(new CommandDefinition(
            InsertKeySql, keys.Select(k => new { Key = k, mention.MentionId }), scope.Transaction, cancellationToken: cancellationToken));
    }

    public static Task TouchAsync(WriteScope scope, StoredMention mention, CancellationToken cancellationToken)
        => scope.Connection.ExecuteAsync(new CommandDefinition(TouchSql, mention, scope.Transaction, cancellationToken: cancellationToken));

    /// <summary>Deletes a mention and its keys; answers the keys it held.</summary>
    public static async Task<List<long>> DeleteAsync(WriteScope scope, string mentionId, CancellationToken cancellationToken)
    {
        var args = new { MentionId = mentionId };
        var keys = (await scope.Connection.QueryAsync<long>(new CommandDefinition(KeysOfSql, args, scope.Transaction, cancellationToken: cancellationToken))).AsList();
        await scope.Connection.ExecuteAsync(new CommandDefinition(DeleteKeysSql, args, scope.Transaction, cancellationToken: cancellationToken));
        await scope.Connection.ExecuteAsync(new CommandDefinition(scope.Sql.InLists(DeleteSql), args, scope.Transaction, cancellationToken: cancellationToken));
        return keys;
    }

    public static async Task<Dictionary<long, int>> CountKeysAsync(WriteScope scope, IEnumerable<long> keys, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<long, int>();
        foreach (var chunk in keys.Distinct().Chunk(Chunk))
        {
            foreach (var (key, count) in await scope.Connection.QueryAsync<(long Key, long Count)>(
                new CommandDefinition(scope.Sql.InLists(CountKeysSql), new { Keys = SqlList.Of(chunk) }, scope.Transaction, cancellationToken: cancellationToken)))
            {
                counts[key] = (int)count;
            }
        }

        return counts;
    }

    public static async Task<List<(long Key, string MentionId)>> HoldersAsync(WriteScope scope, IEnumerable<long> keys, CancellationToken cancellationToken)
    {
        var holders = new List<(long, string)>();
        foreach (var chunk in keys.Distinct().Chunk(Chunk))
        {
            holders.AddRange(await scope.Connection.QueryAsync<(long Key, string MentionId)>(
                new CommandDefinition(scope.Sql.InLists(HoldersSql), new { Keys = SqlList.Of(chunk) }, scope.Transaction, cancellationToken: cancellationToken)));
        }

        return holders;
    }

    public static Task SetHubsAsync(WriteScope scope, IEnumerable<(string MentionId, string Hub)> assignments, CancellationToken cancellationToken)
        => scope.Connection.ExecuteAsync(new CommandDefinition(
            SetHubSql, assignments.Select(a => new { a.MentionId, a.Hub }), scope.Transaction, cancellationToken: cancellationToken));
}
