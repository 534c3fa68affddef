using Chb.Hub.Audit;
using Chb.Hub.Data;
using Chb.Hub.Grpc;
using Chb.Hub.Security;
using Dapper;

namespace Chb.Hub.GainCoordination;

/// <summary>
/// CHB sites as data: stored, replaced and read. A write is one transaction with its audit entry. Sites may not overlap
/// (a district and a sector in it, or the same UPRN), so two sites' views never differ by a handful of people.
/// </summary>
internal sealed class SiteStore(StoreExecutor store, AuditLog audit, TimeProvider time)
{
    internal const string LockGain = "UPDATE sequence_counters SET value = value + 1 WHERE name = 'gain'";

    private const string OtherAreas = "SELECT site_id AS SiteId, area_kind AS Kind, area AS Area FROM site_areas WHERE site_id <> @SiteId";
    private const string DeleteSite = "DELETE FROM sites WHERE site_id = @SiteId";
    private const string DeleteAreas = "DELETE FROM site_areas WHERE site_id = @SiteId";
    private const string DeletePhases = "DELETE FROM site_phases WHERE site_id = @SiteId";

    private const string InsertSite = """
        INSERT INTO sites (site_id, name, lead, baseline_ticks, updated_by, updated_at_ticks)
        VALUES (@SiteId, @Name, @Lead, @BaselineTicks, @UpdatedBy, @UpdatedAtTicks)
        """;

    private const string InsertArea = "INSERT INTO site_areas (site_id, area_kind, area) VALUES (@SiteId, @Kind, @Area)";
    private const string InsertPhase = "INSERT INTO site_phases (site_id, from_ticks, phase) VALUES (@SiteId, @FromTicks, @Phase)";

    private const string SiteRow = "SELECT site_id AS SiteId, name AS Name, lead AS Lead, baseline_ticks AS BaselineTicks FROM sites WHERE site_id = @SiteId";
    private const string AreaRows = "SELECT area_kind AS Kind, area AS Area FROM site_areas WHERE site_id = @SiteId ORDER BY area_kind, area";
    private const string PhaseRows = "SELECT from_ticks AS FromTicks, phase AS Phase FROM site_phases WHERE site_id = @SiteId ORDER BY from_ticks";

    public Task<StoredSite> UpsertAsync(HubCaller caller, StoredSite site, CancellationToken cancellationToken)
        => store.WriteAsync(static (scope, s, ct) => s.Self.UpsertAsync(scope, s.caller, s.site, ct), (Self: this, caller, site), cancellationToken);

    public Task<StoredSite?> GetAsync(string siteId, CancellationToken cancellationToken)
        => store.ReadAsync(static (connection, id, ct) => ReadAsync(connection, null, id, ct), siteId, cancellationToken);

    private async Task<StoredSite> UpsertAsync(WriteScope scope, HubCaller caller, StoredSite site, CancellationToken cancellationToken)
    {
        await Execute(scope, LockGain, null, cancellationToken);
        var others = await scope.Connection.QueryAsync<(string SiteId, string Kind, string Area)>(
            new CommandDefinition(OtherAreas, new { site.SiteId }, scope.Transaction, cancellationToken: cancellationToken));
        var clashes = new List<(string, string)>();
        foreach (var other in others)
        {
            var theirs = new SiteArea(other.Kind, other.Area);
            if (site.Areas.FirstOrDefault(a => a.Overlaps(theirs)) is { } mine && clashes.Count < 20)
            {
                var field = mine.Kind == SiteArea.Uprn ? "site.uprns" : "site.postcode_areas";
                clashes.Add((field, $"{mine.Area} overlaps site '{other.SiteId}' ({theirs.Area}); sites may not overlap"));
            }
        }

        if (clashes.Count > 0)
        {
            throw GrpcErrors.BadRequest([.. clashes]);
        }

        var key = new { site.SiteId };
        await Execute(scope, DeleteSite, key, cancellationToken);
        await Execute(scope, DeleteAreas, key, cancellationToken);
        await Execute(scope, DeletePhases, key, cancellationToken);
        await Execute(scope, InsertSite, new
        {
            site.SiteId, site.Name, site.Lead, BaselineTicks = site.Baseline.UtcTicks, UpdatedBy = caller.Subject, UpdatedAtTicks = time.GetUtcNow().UtcTicks,
        }, cancellationToken);
        await Execute(scope, InsertArea, site.Areas.Select(a => new { site.SiteId, a.Kind, a.Area }), cancellationToken);
        await Execute(scope, InsertPhase, site.Phases.Select(p => new { site.SiteId, FromTicks = p.From.UtcTicks, Phase = SitePhaseFrom.Name(p.Phase) }), cancellationToken);
        await audit.AppendAsync(
            scope,
            [new AuditEvent(caller.Subject, caller.Role, caller.Agency, AuditActions.Alteration, [$"site:{site.SiteId}"]) { Purpose = "Admin.UpsertSite" }],
            cancellationToken);
        return (await ReadAsync(scope.Connection, scope.Transaction, site.SiteId, cancellationToken))!;
    }

    private static async Task<StoredSite?> ReadAsync(System.Data.Common.DbConnection connection, System.Data.Common.DbTransaction? transaction, string siteId, CancellationToken cancellationToken)
    {
        var key = new { SiteId = siteId };
        var row = await connection.QuerySingleOrDefaultAsync<(string SiteId, string Name, string Lead, long BaselineTicks)?>(
            new CommandDefinition(SiteRow, key, transaction, cancellationToken: cancellationToken));
        if (row is not { } site)
        {
            return null;
        }

        var areas = await connection.QueryAsync<(string Kind, string Area)>(new CommandDefinition(AreaRows, key, transaction, cancellationToken: cancellationToken));
        var phases = await connection.QueryAsync<(long FromTicks, string Phase)>(new CommandDefinition(PhaseRows, key, transaction, cancellationToken: cancellationToken));
        return new StoredSite(
            site.SiteId,
            site.Name,
            site.Lead,
            new DateTimeOffset(site.BaselineTicks, TimeSpan.Zero),
            [.. areas.Select(a => new SiteArea(a.Kind, a.Area)).OrderBy(a => a.Kind == SiteArea.Uprn ? 1 : 0).ThenBy(a => a.Area, StringComparer.Ordinal)],
            [.. phases.Select(p => new SitePhaseFrom(new DateTimeOffset(p.FromTicks, TimeSpan.Zero), SitePhaseFrom.Parse(p.Phase)))]);
    }

    private static Task<int> Execute(WriteScope scope, string sql, object? args, CancellationToken cancellationToken)
        => scope.Connection.ExecuteAsync(new CommandDefinition(sql, args, scope.Transaction, cancellationToken: cancellationToken));
}
