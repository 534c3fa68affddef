using Chb.Adapters;

namespace Chb.Plugins.Housing;

/// <summary>Checks one field at a time; each failure adds a problem naming the column, never its value.</summary>
internal sealed class HousingFieldRules(HousingRow row)
{
    private readonly List<(HousingColumn Column, RowRejection Problem)> _problems = [];

    /// <summary>Gets the problems in column order, whatever order the fields were checked in.</summary>
    public IReadOnlyList<RowRejection> Problems => [.. _problems.OrderBy(p => p.Column).Select(p => p.Problem)];

    public string Required(HousingColumn column)
    {
        var value = row[column];
        if (value.Length == 0)
        {
            Add(column, "is required");
        }

        return value;
    }

    public string? Optional(HousingColumn column) => row[column].Length == 0 ? null : row[column];

    public string OneOf(HousingColumn column, string[] values, bool required = true)
    {
        var raw = row[column];
        if (raw.Length == 0 && !required)
        {
            return string.Empty;
        }

        var match = HousingVocabulary.Match(values, raw);
        if (match is null)
        {
            Add(column, $"must be one of {string.Join(", ", values)}");
        }

        return match ?? string.Empty;
    }

    public DateOnly? UkDate(HousingColumn column, bool required)
    {
        var raw = row[column];
        if (raw.Length == 0)
        {
            if (required)
            {
                Add(column, "is required (dd/MM/yyyy)");
            }

            return null;
        }

        if (UkDates.TryParseUk(raw, out var date))
        {
            return date;
        }

        Add(column, "must be a real date written dd/MM/yyyy, with two-digit day and month");
        return null;
    }

    public string? Uprn()
    {
        var raw = row[HousingColumn.Uprn];
        if (raw.Length is > 0 and <= 12 && raw.All(char.IsAsciiDigit))
        {
            return raw;
        }

        if (raw.Length > 0)
        {
            Add(HousingColumn.Uprn, "must be 1 to 12 digits");
        }

        return null;
    }

    public string Postcode()
    {
        if (Postcodes.TryNormalise(row[HousingColumn.Postcode], out var postcode))
        {
            return postcode;
        }

        Add(HousingColumn.Postcode, row[HousingColumn.Postcode].Length == 0 ? "is required" : "is not a valid UK postcode");
        return string.Empty;
    }

    private void Add(HousingColumn column, string reason)
    {
        var name = HousingColumns.NameOf(column);
        _problems.Add((column, new RowRejection(name, $"{name} {reason}")));
    }
}
