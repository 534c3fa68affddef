using System.Data;
using System.Text.Json;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Chb.Hub.Data;

/// <summary>
/// A list of values for one <c>column IN @Name</c> that the dialect rewrote (<see cref="ISqlDialect.InLists"/>).
/// SQLite gets one JSON array read by <c>json_each</c>: one parameter bound, where Dapper's expansion binds one
/// per item and SQLite looks each name up by a linear search (quadratic in the list). PostgreSQL gets one array
/// (<c>= ANY(@Name)</c>), SQL Server one parameter per item, as Dapper would expand a list.
/// </summary>
internal sealed class SqlList : SqlMapper.ICustomQueryParameter
{
    private readonly Array _values;
    private readonly Action<Utf8JsonWriter> _write;

    private SqlList(Array values, Action<Utf8JsonWriter> write)
    {
        _values = values;
        _write = write;
    }

    public static SqlList Of(IEnumerable<string> values)
    {
        var array = values as string[] ?? [.. values];
        return new SqlList(array, w => Array.ForEach(array, w.WriteStringValue));
    }

    public static SqlList Of(IEnumerable<long> values)
    {
        var array = values as long[] ?? [.. values];
        return new SqlList(array, w => Array.ForEach(array, w.WriteNumberValue));
    }

    public void AddParameter(IDbCommand command, string name)
    {
        switch (command)
        {
            case SqliteCommand sqlite:
                sqlite.Parameters.Add(new SqliteParameter(name, SqliteType.Text) { Value = Json() });
                break;
            case Npgsql.NpgsqlCommand postgres:
                postgres.Parameters.Add(new Npgsql.NpgsqlParameter(name, _values));
                break;
            default:
                Expand(command, name);
                break;
        }
    }

    private void Expand(IDbCommand command, string name)
    {
        var names = new List<string>(_values.Length);
        for (var i = 0; i < _values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = $"{name}_{i}";
            parameter.Value = _values.GetValue(i);
            command.Parameters.Add(parameter);
            names.Add("@" + parameter.ParameterName);
        }

        var list = names.Count == 0 ? "(SELECT NULL WHERE 1 = 0)" : $"({string.Join(',', names)})";
        command.CommandText = System.Text.RegularExpressions.Regex.Replace(
            command.CommandText, $@"@{name}\b", list, System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private string Json()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 + (_values.Length * 24));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            _write(writer);
            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
