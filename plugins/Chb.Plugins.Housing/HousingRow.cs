using CsvHelper;

namespace Chb.Plugins.Housing;

/// <summary>One CSV record's values, trimmed, by column.</summary>
internal sealed class HousingRow
{
    private readonly string[] _values;

    private HousingRow(string[] values, int fieldCount, int expectedFieldCount)
    {
        _values = values;
        FieldCount = fieldCount;
        ExpectedFieldCount = expectedFieldCount;
    }

    public int FieldCount { get; }

    public int ExpectedFieldCount { get; }

    public string this[HousingColumn column] => _values[(int)column];

    public static HousingRow Read(CsvReader csv, HousingColumns columns)
    {
        var values = new string[HousingColumns.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (csv.GetString(columns.IndexOf((HousingColumn)i)) ?? string.Empty).Trim();
        }

        return new HousingRow(values, csv.FieldCount, columns.HeaderCount);
    }
}
