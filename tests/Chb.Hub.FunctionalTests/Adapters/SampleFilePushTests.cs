using System.Text;
using Chb.Contracts.V1;
using Chb.Hub.FunctionalTests.Support;
using Google.Protobuf;

namespace Chb.Hub.FunctionalTests.Adapters;

/// <summary>The three partner sample exports pushed through the running hub and its real plugins.</summary>
public sealed class SampleFilePushTests : IAsyncLifetime
{
    // Complainant, reporter and informant details in the samples: none may reach the hub.
    private static readonly string[] ProtectedValues =
    [
        "Ellison", "Margaret", "1949-09-09", "09/09/1949", "Neighbour at flat 4", "Ahmed", "Yasmin", "Asked not to be identified",
        "Lomax", "Peter", "07700 900123", "Caller", "DSU-WYP-0917",
    ];

    private readonly HubFactory _hub = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Theory]
    [InlineData(TestSettings.Housing, "housing-cases-csv/1", "housing-cases.csv", 10, 1)]
    [InlineData(TestSettings.Environment, "env-enforcement-jsonl/1", "env-enforcement.jsonl", 7, 2)]
    [InlineData(TestSettings.Police, "police-nominals-xml/1", "police-nominals.xml", 6, 1)]
    public async Task Push_SampleFile_AnswersEveryRowAcceptedOrRejectedWithAReason(string agency, string adapter, string file, int rows, int rejected)
    {
        var outcome = await PushClient.PushFileAsync(_hub.Partner(agency), agency, adapter, await Sample(file), chunkSize: 97);

        Assert.Equal(rows, outcome.Rows.Count);
        Assert.Equal(rows, outcome.Summary.Rows);
        Assert.Equal(rejected, outcome.Summary.Rejected);
        Assert.All(outcome.Rows, r => Assert.True(r.Ack is not null || r.Rejection is { Field.Length: > 0, Reason.Length: > 0 }));
        Assert.Equal(rows - rejected, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM source_records"));
        Assert.Equal(rejected, await StoreFile.ScalarAsync<long>(_hub.DatabasePath, "SELECT COUNT(*) FROM quarantine"));
    }

    [Fact]
    public async Task Push_AllSamples_LeavesNoProtectedValueInTheStoreFileResponsesOrLogs()
    {
        var responses = new StringBuilder();
        foreach (var (agency, adapter, file) in new[]
        {
            (TestSettings.Housing, "housing-cases-csv/1", "housing-cases.csv"),
            (TestSettings.Environment, "env-enforcement-jsonl/1", "env-enforcement.jsonl"),
            (TestSettings.Police, "police-nominals-xml/1", "police-nominals.xml"),
        })
        {
            var outcome = await PushClient.PushFileAsync(_hub.Partner(agency), agency, adapter, await Sample(file));
            responses.Append(JsonFormatter.Default.Format(outcome.Summary));
            foreach (var row in outcome.Rows)
            {
                responses.Append(JsonFormatter.Default.Format(row));
            }
        }

        var quarantine = await new Admin.AdminClient(_hub.Admin()).ListQuarantineAsync(new ListQuarantineRequest());
        responses.Append(JsonFormatter.Default.Format(quarantine));

        var storeBytes = string.Concat(new[] { string.Empty, "-wal" }
            .Select(suffix => _hub.DatabasePath + suffix)
            .Where(File.Exists)
            .Select(path => Encoding.UTF8.GetString(File.ReadAllBytes(path))));
        Assert.Contains("Kenmore", storeBytes, StringComparison.Ordinal);
        foreach (var value in ProtectedValues)
        {
            Assert.False(storeBytes.Contains(value, StringComparison.Ordinal), $"store file holds {value}: {Around(storeBytes, value)}");
            Assert.DoesNotContain(value, responses.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain(_hub.Logs.Lines, line => line.Contains(value, StringComparison.Ordinal));
        }
    }

    private static string Around(string text, string value)
    {
        var at = text.IndexOf(value, StringComparison.Ordinal);
        return text.Substring(Math.Max(0, at - 60), Math.Min(text.Length - Math.Max(0, at - 60), 140));
    }

    private static Task<byte[]> Sample(string file) => File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "Data", file));
}
