using Chb.Contracts.V1;
using Chb.Hub.StorageTests.Support;
using static Chb.Hub.StorageTests.Support.Records;

namespace Chb.Hub.StorageTests.Contract;

public sealed class QuarantineContractTests
{
    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Push_InvalidRecord_IsQuarantinedWithItsFieldWhileOthersCommit(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();

        var outcome = await Pushes.PushAsync(hub, StorageHub.Housing, Case(1, "ASB/1"), Invalid(2, "ASB/2"));

        Assert.Equal(1UL, outcome.Row(1).Ack.Sequence);
        var rejection = outcome.Row(2).Rejection;
        var stored = Assert.Single(await db.QueryAsync<(string Id, string Agency, long Row, string Field, string Code, DateTimeOffset At)>(
            "SELECT id, agency, row_number, field, code, received_at FROM quarantine"));
        Assert.Equal((rejection.QuarantineId, StorageHub.Housing, 2L, "locations[0].postcode", nameof(RejectionCode.Invalid)), (stored.Id, stored.Agency, stored.Row, stored.Field, stored.Code));
        Assert.Equal(1L, await db.ScalarAsync<long>("SELECT COUNT(*) FROM source_records"));
    }

    [SkippableTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task ListQuarantine_PagesInOrdinalIdOrderAndFiltersByAgency(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var hub = db.StartHub();
        await Pushes.PushAsync(hub, StorageHub.Housing, [.. Enumerable.Range(1, 5).Select(i => Invalid(i, $"H/{i}"))]);
        await Pushes.PushAsync(hub, StorageHub.Environment, Invalid(1, "E/1"), Invalid(2, "E/2"));

        var housing = await ListAllAsync(hub.Admin(), StorageHub.Housing, pageSize: 2);
        var everyone = await ListAllAsync(hub.Admin(), string.Empty, pageSize: 3);

        var expected = await db.QueryAsync<string>("SELECT id FROM quarantine WHERE agency = @Agency", new { Agency = StorageHub.Housing });
        Assert.Equal(expected.Order(StringComparer.Ordinal), housing);
        Assert.Equal(7, everyone.Count);
        Assert.Equal(everyone.Order(StringComparer.Ordinal), everyone);
    }

    private static async Task<List<string>> ListAllAsync(Admin.AdminClient admin, string agency, int pageSize)
    {
        var ids = new List<string>();
        var token = string.Empty;
        for (var page = 0; page < 20; page++)
        {
            var response = await admin.ListQuarantineAsync(new ListQuarantineRequest { Agency = agency, Page = new PageRequest { PageSize = pageSize, PageToken = token } });
            ids.AddRange(response.Entries.Select(e => e.QuarantineId));
            token = response.Page.NextPageToken;
            if (token.Length == 0)
            {
                return ids;
            }
        }

        throw new InvalidOperationException("Paging did not end.");
    }
}
