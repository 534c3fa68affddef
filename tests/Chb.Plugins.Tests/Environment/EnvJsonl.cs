using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Chb.Adapters;
using Chb.Plugins.Environment;
using Chb.Plugins.Tests.Support;

namespace Chb.Plugins.Tests.Environment;

/// <summary>Builds small enforcement exports and runs the adapter over them.</summary>
internal static class EnvJsonl
{
    public static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly string ValidLine = Compact("""
        {"caseId":"NS-2024-0001","service":"Noise","reportedAt":"2024-03-02T22:15:00+00:00","status":"Open",
         "location":{"uprn":"100051000001","postcode":"BD3 8QX"},
         "parties":[{"role":"Occupier","name":{"given":"Jo","family":"Smith"},"dob":"1990-01-13"}],
         "outcome":"Warning","notes":"loud"}
        """);

    /// <summary>The valid line with a change applied to its JSON object.</summary>
    public static string Line(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(ValidLine)!.AsObject();
        change(json);
        return json.ToJsonString(Relaxed);
    }

    /// <summary>Puts readable multi-line JSON on one line.</summary>
    public static string Compact(string json) => JsonNode.Parse(json)!.ToJsonString(Relaxed);

    public static Task<List<AdapterRow>> ParseAsync(string text)
        => AdapterRunner.ParseTextAsync(new EnvEnforcementAdapter(), text, "BDC-ENV", AgencyKind.EnvironmentalServices);

    public static Task<List<AdapterRow>> ParseLinesAsync(params string[] lines) => ParseAsync(string.Join("\n", lines) + "\n");

    public static async Task<CanonicalRecord> SingleRecordAsync(string line)
    {
        var row = Assert.Single(await ParseLinesAsync(line));
        Assert.Null(row.Rejection);
        return Assert.IsType<CanonicalRecord>(row.Record);
    }

    public static async Task<AdapterRow> SingleRejectionAsync(string line)
    {
        var row = Assert.Single(await ParseLinesAsync(line));
        Assert.NotNull(row.Rejection);
        return row;
    }

    public static IEnumerable<string> Fields(AdapterRow row)
    {
        var rejection = Assert.IsType<RowRejection>(row.Rejection);
        return new[] { rejection.Field }.Concat(rejection.Others.Select(o => o.Field));
    }
}
