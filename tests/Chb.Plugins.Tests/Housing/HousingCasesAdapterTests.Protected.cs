using System.Text.Encodings.Web;
using System.Text.Json;
using Chb.Adapters;

namespace Chb.Plugins.Tests.Housing;

public sealed partial class HousingCasesAdapterTests
{
    private static readonly string[] ProtectedValues =
        ["Ellison", "Margaret", "09/09/1949", "1949-09-09", "Neighbour at flat 4", "Ahmed", "Yasmin", "Asked not to be identified"];

    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task ParseAsync_ComplainantRowsValidOrNot_NeverYieldAProtectedValue()
    {
        // Arrange: the sample, plus complainant rows that are rejected for other fields.
        var broken = await HousingCsvBuilder.ParseRowsAsync(
            HousingCsvBuilder.Row(("PartyRole", "Complainant"), ("Surname", "Ellison"), ("Forenames", "Margaret"), ("Postcode", "nowhere")),
            HousingCsvBuilder.Row(("PartyRole", "Complainant"), ("Surname", "Ahmed"), ("Notes", "Asked not to be identified"), ("CaseType", "?")),
            HousingCsvBuilder.Row(("PartyRole", "complainant"), ("Surname", "Yasmin"), ("DateOfBirth", "09/09/1949")));

        // Act
        var rows = (await ParseSampleAsync()).Concat(broken).ToList();
        var json = rows.Select(r => JsonSerializer.Serialize(r, Relaxed)).ToList();

        // Assert
        Assert.Equal(13, json.Count);
        Assert.Contains(json, j => j.Contains("Walsh", StringComparison.Ordinal));
        Assert.All(json, j => Assert.DoesNotContain(ProtectedValues, p => j.Contains(p, StringComparison.OrdinalIgnoreCase)));
        Assert.True(rows[^1].Record!.HasProtectedParty);
    }

    [Fact]
    public async Task ParseAsync_NormalRow_NotesAreOwnerOnly()
    {
        var record = HousingCsvBuilder.Single(await HousingCsvBuilder.ParseRowsAsync(HousingCsvBuilder.Row(("Notes", "seen at 2am"))));

        Assert.Equal(Disclosure.OwnerOnly, record.Notes!.Disclosure);
    }
}
