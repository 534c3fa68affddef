using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Chb.Cli.Demo;

/// <summary>Writes cases as JSON Lines, one compact object a line, properties in the order partner systems emit them.</summary>
internal static class EnvJsonLines
{
    /// <summary>Lines the adapter must reject on their own: not JSON at all, and a case with no usable time or place.</summary>
    public static readonly IReadOnlyList<string> BadLines =
    [
        "this line is not json",
        """{"caseId":"FT-2024-9901","service":"FlyTipping","reportedAt":"yesterday","location":{},"parties":[]}""",
    ];

    // Partner systems write names as they are (O'Connor, Wiśniewski), not as \u escapes.
    public static string Line(EnvCase c)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("caseId", c.CaseId);
            json.WriteString("service", c.Service);
            Optional(json, "offenceCode", c.OffenceCode);
            var at = c.ReportedAt.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
            json.WriteString("reportedAt", at + (c.UtcAsZ ? "Z" : "+00:00"));
            json.WriteString("status", c.Status);
            json.WriteStartObject("location");
            Optional(json, "uprn", c.Location.Uprn);
            if (c.Location is { Easting: { } easting, Northing: { } northing })
            {
                json.WriteNumber("easting", easting);
                json.WriteNumber("northing", northing);
            }

            Optional(json, "address", c.Location.Address);
            Optional(json, "postcode", c.Location.Postcode);
            json.WriteEndObject();
            json.WriteStartArray("parties");
            foreach (var party in c.Parties)
            {
                Party(json, party);
            }

            json.WriteEndArray();
            json.WriteString("outcome", c.Outcome);
            if (c.ReporterConfidential is { } confidential)
            {
                json.WriteBoolean("reporterConfidential", confidential);
            }

            json.WriteString("notes", c.Notes);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Party(Utf8JsonWriter json, EnvParty party)
    {
        json.WriteStartObject();
        json.WriteString("role", party.Role);
        if (party.Family is not null)
        {
            json.WriteStartObject("name");
            Optional(json, "given", party.Given);
            json.WriteString("family", party.Family);
            json.WriteEndObject();
        }

        Optional(json, "dob", party.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Optional(json, "vrm", party.Vrm);
        Optional(json, "companyNumber", party.CompanyNumber);
        Optional(json, "phone", party.Phone);
        json.WriteEndObject();
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
