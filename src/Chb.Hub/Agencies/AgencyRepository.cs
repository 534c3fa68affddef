using Chb.Adapters;
using Chb.Hub.Data;
using Dapper;

namespace Chb.Hub.Agencies;

/// <summary>An agency the hub serves.</summary>
internal sealed record Agency(string Code, string Name, AgencyKind Kind);

/// <summary>Keeps the agencies table in step with configuration.</summary>
internal sealed class AgencyRepository(IHubDatabase database)
{
    private const string Upsert = """
        INSERT INTO agencies (code, name, kind) VALUES (@Code, @Name, @Kind)
        ON CONFLICT (code) DO UPDATE SET name = excluded.name, kind = excluded.kind
        """;

    public async Task SyncAsync(IReadOnlyList<Agency> agencies, CancellationToken cancellationToken)
    {
        await using var scope = await database.BeginWriteAsync(cancellationToken);
        var rows = agencies.Select(a => new { a.Code, a.Name, Kind = a.Kind.ToString() }).ToArray();
        await scope.Connection.ExecuteAsync(new CommandDefinition(Upsert, rows, scope.Transaction, cancellationToken: cancellationToken));
        await scope.CommitAsync(cancellationToken);
    }
}
