using System.Text.Json;
using Chb.Hub.Data;
using Dapper;

namespace Chb.Hub.Audit;

/// <summary>Appends to and reads the audit chain. Appends run inside the caller's write transaction.</summary>
internal sealed class AuditLog(IHubDatabase database, TimeProvider time)
{
    private const string HashAt = "SELECT entry_hash FROM audit_log WHERE position = @Position";

    private const string Insert = """
        INSERT INTO audit_log (position, at_ticks, actor, actor_role, actor_agency, action, purpose, subjects, disclosed, withheld, previous_hash, entry_hash)
        VALUES (@Position, @AtTicks, @Actor, @ActorRole, @ActorAgency, @Action, @Purpose, @Subjects, @Disclosed, @Withheld, @PreviousHash, @EntryHash)
        """;

    /// <summary>Chains <paramref name="events"/> onto the log inside <paramref name="scope"/>.</summary>
    public async Task AppendAsync(WriteScope scope, IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        if (events.Count == 0)
        {
            return;
        }

        var last = await scope.Connection.ExecuteScalarAsync<long>(
            new CommandDefinition(scope.Sql.ReserveAudit, new { events.Count }, scope.Transaction, cancellationToken: cancellationToken));
        var position = last - events.Count + 1;
        var previous = position == 1
            ? AuditHashing.Genesis
            : await scope.Connection.ExecuteScalarAsync<string>(
                new CommandDefinition(HashAt, new { Position = position - 1 }, scope.Transaction, cancellationToken: cancellationToken))
              ?? throw new InvalidOperationException("The audit chain's previous entry is missing.");
        var at = time.GetUtcNow();
        var rows = new List<AuditRow>(events.Count);
        foreach (var e in events)
        {
            var hash = AuditHashing.EntryHash(previous, position, at, e);
            rows.Add(AuditRow.From(new AuditEntry(position, at, e, previous, hash)));
            previous = hash;
            position++;
        }

        await scope.Connection.ExecuteAsync(new CommandDefinition(Insert, rows, scope.Transaction, cancellationToken: cancellationToken));
    }

    /// <summary>Appends in a transaction of its own, for reads (a consultation is logged before its answer is sent).</summary>
    public Task AppendAsync(AuditEvent e, CancellationToken cancellationToken) => AppendAsync([e], cancellationToken);

    /// <summary>Appends several entries, in order, in one transaction of their own.</summary>
    public async Task AppendAsync(IReadOnlyList<AuditEvent> events, CancellationToken cancellationToken)
    {
        await using var scope = await database.BeginWriteAsync(cancellationToken);
        await AppendAsync(scope, events, cancellationToken);
        await scope.CommitAsync(cancellationToken);
    }

    /// <summary>The chain's last position and hash (position 0 and the genesis hash when empty).</summary>
    public async Task<(long Position, string Hash)> HeadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var head = await connection.QueryFirstOrDefaultAsync<(long Position, string Hash)?>(new CommandDefinition(
            "SELECT position, entry_hash FROM audit_log WHERE position = (SELECT MAX(position) FROM audit_log)", cancellationToken: cancellationToken));
        return head ?? (0, AuditHashing.Genesis);
    }

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(long after, int limit, string? actor, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<AuditRow>(
            new CommandDefinition(database.Sql.AuditPage, new { After = after, Limit = limit, Actor = actor }, cancellationToken: cancellationToken));
        return rows.Select(r => r.ToEntry()).ToList();
    }

    /// <summary>The row shape in the table; lists are JSON arrays.</summary>
    internal sealed record AuditRow(
        long Position, long AtTicks, string Actor, string ActorRole, string ActorAgency, string Action, string? Purpose,
        string Subjects, string Disclosed, string Withheld, string PreviousHash, string EntryHash)
    {
        public static AuditRow From(AuditEntry entry) => new(
            entry.Position, entry.At.UtcTicks, entry.Event.Actor, entry.Event.ActorRole, entry.Event.ActorAgency, entry.Event.Action,
            entry.Event.Purpose, List(entry.Event.Subjects), List(entry.Event.Disclosed), List(entry.Event.Withheld), entry.PreviousHash, entry.EntryHash);

        public AuditEntry ToEntry() => new(
            Position,
            new DateTimeOffset(AtTicks, TimeSpan.Zero),
            new AuditEvent(Actor, ActorRole, ActorAgency, Action, Parse(Subjects)) { Purpose = Purpose, Disclosed = Parse(Disclosed), Withheld = Parse(Withheld) },
            PreviousHash,
            EntryHash);

        private static string List(IReadOnlyList<string> values) => JsonSerializer.Serialize(values.ToArray(), AuditJson.Default.StringArray);

        private static string[] Parse(string json) => JsonSerializer.Deserialize(json, AuditJson.Default.StringArray) ?? [];
    }
}

[System.Text.Json.Serialization.JsonSerializable(typeof(string[]))]
internal sealed partial class AuditJson : System.Text.Json.Serialization.JsonSerializerContext;
