using Chb.Cli.Lro;

namespace Chb.Cli;

/// <summary>Prints people: a one-row-each summary (search, OCG members), and one person in full with roles and intelligence.</summary>
internal static class NominalPrinter
{
    private static readonly string[] IntelligenceFields = ["category", "month", "recorded_on", "grading", "text", "postcode_sector"];

    public static void Summaries(CliOutput output, IReadOnlyList<NominalView> nominals)
    {
        var table = CliOutput.Table("hub id", "name", "date of birth", "agencies", "police match");
        foreach (var n in nominals)
        {
            CliOutput.AddRow(table, n.HubId, NameWithAliases(n), n.DateOfBirth, string.Join(", ", n.Agencies), PoliceMatch(n));
        }

        output.Write(table);
    }

    public static void Print(CliOutput output, NominalView n)
    {
        output.Line($"{n.DisplayName} ({n.HubId})");
        var person = CliOutput.Table("field", "value");
        CliOutput.AddRow(person, "name", n.DisplayName);
        CliOutput.AddRow(person, "aliases", n.Aliases.Count > 0 ? string.Join(", ", n.Aliases) : "none");
        CliOutput.AddRow(person, "date of birth", WithheldText.Value(n.DateOfBirth, n.Withheld, "date_of_birth", "unknown"));
        CliOutput.AddRow(person, "PNC ID", WithheldText.Value(n.PncId, n.Withheld, "pnc_id", "none"));
        CliOutput.AddRow(person, "CRO number", WithheldText.Value(n.CroNumber, n.Withheld, "cro_number", "none"));
        CliOutput.AddRow(person, "police match", n.MatchedToPoliceNominal ? "yes" : "no");
        CliOutput.AddRow(person, "agencies", string.Join(", ", n.Agencies));
        foreach (var other in WithheldText.Others(n.Withheld, "date_of_birth", "pnc_id", "cro_number"))
        {
            CliOutput.AddRow(person, "withheld", other);
        }

        output.Write(person);
        if (n.Roles.Count > 0)
        {
            output.Line("Roles by record:");
            var roles = CliOutput.Table("role", "agency", "record");
            foreach (var r in n.Roles)
            {
                CliOutput.AddRow(roles, r.Role, r.Agency, r.HubRecordId);
            }

            output.Write(roles);
        }

        Intelligence(output, n.Intelligence);
    }

    /// <summary>"yes, PNC 2001/0123456F", "yes, PNC withheld: ...", or "no": the PNC ID only when the hub disclosed it.</summary>
    public static string PoliceMatch(NominalView n)
    {
        if (!n.MatchedToPoliceNominal)
        {
            return "no";
        }

        var pnc = WithheldText.Value(n.PncId, n.Withheld, "pnc_id");
        return pnc.Length > 0 ? $"yes, PNC {pnc}" : "yes";
    }

    private static string NameWithAliases(NominalView n)
        => n.Aliases.Count > 0 ? $"{n.DisplayName} (aka {string.Join(", ", n.Aliases)})" : n.DisplayName;

    private static void Intelligence(CliOutput output, IReadOnlyList<IntelligenceView> items)
    {
        if (items.Count == 0)
        {
            output.Line("Intelligence: none you may see.");
            return;
        }

        output.Line("Intelligence:");
        var table = CliOutput.Table("hub reference", "owner", "category", "month", "recorded", "grading", "text", "postcode sector", "consult");
        foreach (var i in items)
        {
            var others = string.Join("; ", WithheldText.Others(i.Withheld, IntelligenceFields));
            CliOutput.AddRow(
                table,
                i.HubReference,
                i.OwningAgency,
                WithheldText.Value(i.Category, i.Withheld, "category", consult: false),
                WithheldText.Value(i.Month, i.Withheld, "month", consult: false),
                WithheldText.Value(i.RecordedOn, i.Withheld, "recorded_on", consult: false),
                WithheldText.Value(i.Grading, i.Withheld, "grading", consult: false),
                WithheldText.Value(i.Text, i.Withheld, "text", consult: false),
                WithheldText.Value(i.PostcodeSector, i.Withheld, "postcode_sector", consult: false),
                others.Length > 0 ? $"{i.Consult}; {others}" : i.Consult);
        }

        output.Write(table);
    }
}
