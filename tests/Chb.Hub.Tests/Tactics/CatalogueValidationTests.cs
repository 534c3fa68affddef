using System.Text.Json.Nodes;
using Chb.Hub.Tactics;
using Chb.Hub.Tests.Tactics.Support;

namespace Chb.Hub.Tests.Tactics;

public sealed class CatalogueValidationTests
{
    public static TheoryData<string, string, string> BrokenFields => new()
    {
        { "owningAgencyKind", "\"Dvla\"", "owningAgencyKind" },
        { "applicantAgencyKinds", "[\"Police\", \"HomeOffice\"]", "applicantAgencyKinds" },
        { "applicantAgencyKinds", "[]", "applicantAgencyKinds" },
        { "subjectType", "\"vehicle\"", "subjectType" },
        { "phases", "[\"demolish\"]", "phases" },
        { "strands", "[\"pursue\", \"pursue\"]", "strands" },
        { "standardOfProof", "\"beyond doubt\"", "standardOfProof" },
        { "harm", "0", "harm" },
        { "harm", "6", "harm" },
        { "harm", "null", "harm" },
        { "statute", "\"  \"", "statute" },
        { "name", "\"\"", "name" },
        { "instrument", "null", "instrument" },
        { "effectiveFrom", "\"01/01/2000\"", "effectiveFrom" },
        { "effectiveTo", "\"1999-12-31\"", "effectiveTo" },
        { "effectiveTo", "\"2000-01-01\"", "effectiveTo" },
        { "minAge", "-1", "minAge" },
        { "deconfliction", "null", "deconfliction" },
        { "requiresConviction", "null", "requiresConviction" },
        { "feedsInto", "[\"Z9\"]", "feedsInto" },
        { "feedsInto", "[\"Q1\"]", "feedsInto" },
        { "when", "null", "when" },
        { "when", "{\"none\": [\"person.victim\"]}", "when" },
        { "when", "{\"all\": [\"person.warant-outstanding\"]}", "when.all" },
        { "when", "{\"any\": [\"location.closure-order\"]}", "when.any" },
        { "when", "{\"all\": [\"person.victim\"], \"none\": [\"person.victim\"]}", "when.none" },
        { "when", "{\"all\": [\"person.victim\", \"person.victim\"]}", "when.all" },
    };

    [Theory]
    [MemberData(nameof(BrokenFields))]
    public void Parse_BrokenField_RejectedNamingTacticAndField(string property, string json, string field)
    {
        var tactic = CatalogueJson.Tactic("Q1");
        tactic[property] = JsonNode.Parse(json);

        var problem = Assert.Single(Reject(CatalogueJson.Catalogue(tactic, CatalogueJson.Tactic("Q2"))).Problems);

        Assert.Equal("Q1", problem.TacticId);
        Assert.Equal(field, problem.Field);
    }

    [Fact]
    public void Parse_AgesOutOfOrder_RejectedOnMaxAge()
    {
        var tactic = CatalogueJson.Tactic("Q1");
        tactic["minAge"] = 18;
        tactic["maxAge"] = 14;

        var problem = Assert.Single(Reject(CatalogueJson.Catalogue(tactic)).Problems);

        Assert.Equal(("Q1", "maxAge"), (problem.TacticId, problem.Field));
    }

    [Fact]
    public void Parse_AgeBoundsOnALocationTactic_Rejected()
    {
        var tactic = CatalogueJson.Tactic("Q1", "location");
        tactic["minAge"] = 10;

        var problem = Assert.Single(Reject(CatalogueJson.Catalogue(tactic)).Problems);

        Assert.Equal(("Q1", "minAge"), (problem.TacticId, problem.Field));
    }

    [Fact]
    public void Parse_DuplicateIds_Rejected()
    {
        var problem = Assert.Single(Reject(CatalogueJson.Catalogue(CatalogueJson.Tactic("Q1"), CatalogueJson.Tactic("Q1"))).Problems);

        Assert.Equal(("Q1", "id"), (problem.TacticId, problem.Field));
    }

    [Fact]
    public void Parse_MissingId_NamedByPosition()
    {
        var tactic = CatalogueJson.Tactic("Q2");
        tactic.Remove("id");

        var problem = Assert.Single(Reject(CatalogueJson.Catalogue(CatalogueJson.Tactic("Q1"), tactic)).Problems);

        Assert.Equal(("tactics[1]", "id"), (problem.TacticId, problem.Field));
    }

    [Fact]
    public void Parse_ManyProblems_AllReportedInOneException()
    {
        var first = CatalogueJson.Tactic("Q1");
        first["harm"] = 9;
        first["statute"] = string.Empty;
        var second = CatalogueJson.Tactic("Q2");
        second["owningAgencyKind"] = "Dvla";

        var ex = Reject(CatalogueJson.Catalogue(first, second));

        Assert.Equal(3, ex.Problems.Count);
        Assert.Contains("tactic 'Q1', field 'harm'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("tactic 'Q1', field 'statute'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("tactic 'Q2', field 'owningAgencyKind'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownProperty_RejectedNamingTheTactic()
    {
        var tactic = CatalogueJson.Tactic("Q2");
        tactic["statue"] = "Typo Act 2000";

        var ex = Reject(CatalogueJson.Catalogue(CatalogueJson.Tactic("Q1"), tactic));

        var problem = Assert.Single(ex.Problems);
        Assert.Equal("Q2", problem.TacticId);
        Assert.Contains("statue", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_UnknownPropertyInWhen_Rejected()
    {
        var tactic = CatalogueJson.Tactic("Q1");
        tactic["when"]!["some"] = new JsonArray("person.victim");

        var ex = Reject(CatalogueJson.Catalogue(tactic));

        Assert.Equal("Q1", Assert.Single(ex.Problems).TacticId);
        Assert.Contains("some", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadVersion_RejectedOnTheCatalogue()
    {
        var json = CatalogueJson.Catalogue(CatalogueJson.Tactic("Q1")).Replace("2026-11-25.1", "latest", StringComparison.Ordinal);

        var problem = Assert.Single(Reject(json).Problems);

        Assert.Equal((null, "version"), (problem.TacticId, problem.Field));
    }

    [Fact]
    public void Parse_NoTactics_Rejected() => Assert.Equal("tactics", Assert.Single(Reject("{\"version\":\"2026-11-25.1\",\"tactics\":[]}").Problems).Field);

    [Fact]
    public void Parse_NotJson_Rejected() => Assert.Single(Reject("{ not json").Problems);

    [Fact]
    public void Parse_ValidCatalogue_BuildsTactics()
    {
        var catalogue = TacticCatalogue.Parse(CatalogueJson.Catalogue(CatalogueJson.Tactic("Q2"), CatalogueJson.Tactic("Q1", "location")));

        Assert.Equal(["Q1", "Q2"], catalogue.Tactics.Select(t => t.Id));
        Assert.Equal(FactSubject.Location, catalogue.Find("Q1")!.SubjectType);
    }

    [Fact]
    public void Load_MissingFile_Rejected()
    {
        var ex = Assert.Throws<TacticCatalogueException>(() => TacticCatalogue.Load(Path.Combine(Path.GetTempPath(), "no-such-catalogue.json")));

        Assert.Equal("file", Assert.Single(ex.Problems).Field);
    }

    private static TacticCatalogueException Reject(string json) => Assert.Throws<TacticCatalogueException>(() => TacticCatalogue.Parse(json));
}
