using System.Text.Json;
using System.Text.Json.Nodes;

namespace Chb.Plugins.Tests.Environment;

public sealed partial class EnvEnforcementAdapterTests
{
    private static readonly string[] ProtectedValues = ["Lomax", "Peter", "07700 900123", "Anonymous", "Caller"];

    [Fact]
    public async Task ParseAsync_ReportersValidOrNot_NeverYieldAProtectedValue()
    {
        // Arrange: the sample, plus reporters on lines rejected for other fields or with odd shapes.
        const string Reporter = """{"role":"Reporter","name":{"given":"Peter","family":"Lomax"},"phone":"07700 900123"}""";
        var extra = await EnvJsonl.ParseLinesAsync(
            EnvJsonl.Line(j => { j["parties"] = JsonNode.Parse($"[{Reporter}]"); j["service"] = "Nope"; }),
            EnvJsonl.Line(j => j["parties"] = JsonNode.Parse("""[{"role":"REPORTER","name":{"given":"Anonymous","family":"Caller"},"vrm":"!!"}]""")),
            EnvJsonl.Line(j => { j["parties"] = JsonNode.Parse($"[{Reporter}]"); j["reporterConfidential"] = false; }),
            """{"caseId":"X","parties":[{"role":"Reporter","name":{"given":"Peter","family":"Lomax"}}""");

        // Act
        var rows = (await ParseSampleAsync()).Concat(extra).ToList();
        var json = rows.Select(r => JsonSerializer.Serialize(r, EnvJsonl.Relaxed)).ToList();

        // Assert
        Assert.Equal(11, json.Count);
        Assert.Contains(json, j => j.Contains("Holt", StringComparison.Ordinal));
        Assert.All(json, j => Assert.DoesNotContain(ProtectedValues, p => j.Contains(p, StringComparison.OrdinalIgnoreCase)));
        Assert.True(rows[^2].Record!.HasProtectedParty);
    }

    [Fact]
    public async Task ParseAsync_Notes_AreOwnerOnly()
    {
        var record = await EnvJsonl.SingleRecordAsync(EnvJsonl.ValidLine);

        Assert.Equal(Chb.Adapters.MarkedText.OwnerOnly("loud"), record.Notes);
    }
}
