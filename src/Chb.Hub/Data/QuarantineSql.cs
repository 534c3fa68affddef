namespace Chb.Hub.Data;

/// <summary>The quarantine's column list, shared by every dialect's paging query.</summary>
internal static class QuarantineSql
{
    public const string Columns = """
        id AS Id, agency AS Agency, adapter_id AS AdapterId, push_id AS PushId, file_name AS FileName, row_number AS RowNumber,
        field AS Field, reason AS Reason, code AS Code, other_problems AS OtherProblems, received_at AS ReceivedAt
        """;

    public const string SelectColumns = $"SELECT {Columns} FROM quarantine";
}
