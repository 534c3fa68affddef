namespace Chb.Hub.Data;

/// <summary>The audit log's column list, shared by every dialect's paging query.</summary>
internal static class AuditSql
{
    public const string Columns = """
        position AS Position, at_ticks AS AtTicks, actor AS Actor, actor_role AS ActorRole, actor_agency AS ActorAgency, action AS Action,
        purpose AS Purpose, subjects AS Subjects, disclosed AS Disclosed, withheld AS Withheld, previous_hash AS PreviousHash, entry_hash AS EntryHash
        """;
}
