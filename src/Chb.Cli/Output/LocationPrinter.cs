using System.Globalization;
using Chb.Cli.Lro;

namespace Chb.Cli;

/// <summary>Prints places: one row each (an OCG's locations), or one place in full.</summary>
internal static class LocationPrinter
{
    private static readonly string[] Shown = ["uprn", "address", "postcode", "easting", "northing"];

    public static void Summaries(CliOutput output, IReadOnlyList<LocationView> locations)
    {
        var table = CliOutput.Table("hub id", "UPRN", "address", "postcode", "agencies", "withheld");
        foreach (var l in locations)
        {
            CliOutput.AddRow(
                table,
                l.HubId,
                WithheldText.Value(l.Uprn, l.Withheld, "uprn"),
                WithheldText.Value(l.Address, l.Withheld, "address"),
                WithheldText.Value(l.Postcode, l.Withheld, "postcode"),
                string.Join(", ", l.Agencies),
                string.Join("; ", WithheldText.Others(l.Withheld, Shown)));
        }

        output.Write(table);
    }

    public static void Print(CliOutput output, LocationView l)
    {
        output.Line($"{(l.Address.Length > 0 ? l.Address : l.HubId)} ({l.HubId})");
        var table = CliOutput.Table("field", "value");
        CliOutput.AddRow(table, "address", WithheldText.Value(l.Address, l.Withheld, "address", "unknown"));
        CliOutput.AddRow(table, "postcode", WithheldText.Value(l.Postcode, l.Withheld, "postcode", "unknown"));
        CliOutput.AddRow(table, "UPRN", WithheldText.Value(l.Uprn, l.Withheld, "uprn", "none"));
        var grid = l.Easting != 0 || l.Northing != 0 ? string.Create(CultureInfo.InvariantCulture, $"{l.Easting}, {l.Northing}") : "unknown";
        CliOutput.AddRow(table, "easting, northing", WithheldText.For(l.Withheld, "easting") ?? grid);
        CliOutput.AddRow(table, "agencies", string.Join(", ", l.Agencies));
        foreach (var other in WithheldText.Others(l.Withheld, Shown))
        {
            CliOutput.AddRow(table, "withheld", other);
        }

        output.Write(table);
    }

    /// <summary>The name a plan uses for a place.</summary>
    public static string Name(LocationView l) => l.Address.Length > 0 ? l.Address : l.Uprn;
}
