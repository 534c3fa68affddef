using System.Text.Json.Nodes;

namespace Chb.Hub.Tests.Tactics.Support;

/// <summary>Crafts catalogue JSON: a valid tactic to start from, then whatever a test breaks.</summary>
internal static class CatalogueJson
{
    public static JsonObject Tactic(string id, string subject = "person") => new()
    {
        ["id"] = id,
        ["name"] = $"Tactic {id}",
        ["category"] = "arrest",
        ["instrument"] = "Arrest",
        ["statute"] = "Test Act 2000 s.1",
        ["owningAgencyKind"] = "Police",
        ["applicantAgencyKinds"] = new JsonArray("Police"),
        ["subjectType"] = subject,
        ["minAge"] = null,
        ["maxAge"] = null,
        ["phases"] = new JsonArray("clear"),
        ["strands"] = new JsonArray("pursue"),
        ["effectiveFrom"] = "2000-01-01",
        ["effectiveTo"] = null,
        ["deconfliction"] = true,
        ["harm"] = 3,
        ["standardOfProof"] = "criminal",
        ["requiresConviction"] = false,
        ["feedsInto"] = new JsonArray(),
        ["when"] = new JsonObject
        {
            ["all"] = new JsonArray(subject == "person" ? "person.warrant-outstanding" : "location.closure-order"),
        },
        ["note"] = null,
    };

    public static string Catalogue(params JsonObject[] tactics)
        => new JsonObject { ["version"] = "2026-11-25.1", ["tactics"] = new JsonArray([.. tactics]) }.ToJsonString();
}
