using System.Data;
using Dapper;
using Microsoft.Data.SqlClient;
using Microsoft.Data.SqlClient.Server;

namespace Chb.Hub.Data.SqlServer;

/// <summary>
/// Passes a batch of source records as one table-valued parameter of type <c>source_record_rows</c> (created by
/// migration 0001), streamed from records rather than copied into a DataTable.
/// </summary>
internal sealed class SourceRecordTableParameter(IReadOnlyList<SourceRecordRow> rows) : SqlMapper.ICustomQueryParameter
{
    public const string TypeName = "source_record_rows";

    private static readonly SqlMetaData[] Columns =
    [
        new("sequence", SqlDbType.BigInt),
        new("agency", SqlDbType.NVarChar, 32),
        new("partner_reference", SqlDbType.NVarChar, 200),
        new("idempotency_key", SqlDbType.NVarChar, 300),
        new("payload_hash", SqlDbType.NVarChar, 64),
        new("kind", SqlDbType.NVarChar, 32),
        new("adapter_id", SqlDbType.NVarChar, 200),
        new("push_id", SqlDbType.NVarChar, 100),
        new("body", SqlDbType.NVarChar, SqlMetaData.Max),
        new("received_at", SqlDbType.DateTimeOffset),
    ];

    public void AddParameter(IDbCommand command, string name)
    {
        var parameter = new SqlParameter(name, SqlDbType.Structured) { TypeName = TypeName, Value = Records() };
        command.Parameters.Add(parameter);
    }

    private IEnumerable<SqlDataRecord> Records()
    {
        var record = new SqlDataRecord(Columns);
        foreach (var row in rows)
        {
            record.SetInt64(0, row.Sequence);
            record.SetString(1, row.Agency);
            record.SetString(2, row.PartnerReference);
            record.SetString(3, row.IdempotencyKey);
            record.SetString(4, row.PayloadHash);
            record.SetString(5, row.Kind);
            SetNullable(record, 6, row.AdapterId);
            SetNullable(record, 7, row.PushId);
            record.SetString(8, row.Body);
            record.SetDateTimeOffset(9, row.ReceivedAt);
            yield return record;
        }
    }

    private static void SetNullable(SqlDataRecord record, int ordinal, string? value)
    {
        if (value is null)
        {
            record.SetDBNull(ordinal);
        }
        else
        {
            record.SetString(ordinal, value);
        }
    }
}
