using Chb.Adapters;
using CsvHelper;

namespace Chb.Plugins.Housing;

internal enum HousingColumn
{
    CaseRef,
    CaseType,
    CaseStatus,
    OpenedDate,
    ClosedDate,
    TenancyRef,
    TenureType,
    Uprn,
    AddressLine1,
    AddressLine2,
    Town,
    Postcode,
    Surname,
    Forenames,
    DateOfBirth,
    PartyRole,
    Notes,
    Sensitivity,
}

/// <summary>Where each column of the format is in this file's header; every column is required.</summary>
internal sealed class HousingColumns
{
    private static readonly string[] Names =
    [
        "CaseRef", "CaseType", "CaseStatus", "OpenedDate", "ClosedDate", "TenancyRef", "TenureType", "UPRN",
        "AddressLine1", "AddressLine2", "Town", "Postcode", "Surname", "Forenames", "DateOfBirth", "PartyRole",
        "Notes", "Sensitivity",
    ];

    private readonly int[] _indexes;

    private HousingColumns(int[] indexes, int headerCount, IReadOnlyList<RowRejection> missing)
    {
        _indexes = indexes;
        HeaderCount = headerCount;
        Missing = missing;
    }

    public static int Count => Names.Length;

    public int HeaderCount { get; }

    public IReadOnlyList<RowRejection> Missing { get; }

    public static string NameOf(HousingColumn column) => Names[(int)column];

    public static HousingColumns Resolve(CsvReader csv)
    {
        var indexes = new int[Names.Length];
        var missing = new List<RowRejection>();
        for (var i = 0; i < Names.Length; i++)
        {
            if (!csv.TryGetFieldIndex(Names[i], out indexes[i]))
            {
                missing.Add(new RowRejection(Names[i], $"the header has no {Names[i]} column, which the format requires"));
            }
        }

        return new HousingColumns(indexes, csv.Headers.Count, missing);
    }

    public int IndexOf(HousingColumn column) => _indexes[(int)column];
}
