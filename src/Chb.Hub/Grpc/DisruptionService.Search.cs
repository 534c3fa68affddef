using System.Globalization;
using Chb.Contracts.V1;
using Chb.Hub.Access;
using Chb.Hub.Linking;
using Grpc.Core;

namespace Chb.Hub.Grpc;

/// <summary>Nominal search, over the caller's OCG pictures and over what the caller may see only.</summary>
internal sealed partial class DisruptionService
{
    private const int DefaultSearchPage = 20;
    private const int MaxSearchPage = 100;

    public override async Task<SearchNominalsResponse> SearchNominals(SearchNominalsRequest request, ServerCallContext context)
    {
        var call = await BeginAsync(request.Options, context);
        var name = request.Name.Trim();
        var birth = request.DateOfBirth.Trim();
        var identifier = request.Identifier.Trim();
        if (name.Length == 0 && birth.Length == 0 && identifier.Length == 0)
        {
            GrpcErrors.ThrowBadRequest("name", "give a name, a date of birth (yyyy-MM-dd) or an identifier to search for");
        }

        if (birth.Length > 0 && !DateOnly.TryParseExact(birth, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            GrpcErrors.ThrowBadRequest("date_of_birth", "must be a date as yyyy-MM-dd");
        }

        var size = request.Page?.PageSize is > 0 and var s ? Math.Min(s, MaxSearchPage) : DefaultSearchPage;
        var skip = 0;
        if (request.Page?.PageToken is { Length: > 0 } token && (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out skip) || skip < 0))
        {
            GrpcErrors.ThrowBadRequest("page.page_token", "is not a token this service issued");
        }

        var picture = await needToKnow.SubjectsAsync(NeedToKnow.OcgsOf(call.Caller), context.CancellationToken);
        await using var connection = await database.OpenAsync(context.CancellationToken);
        var views = Views(call, connection);
        var tokens = Tokens(name);
        var matches = new List<Nominal>();
        foreach (var id in picture.Where(p => p.Kind == SubjectKinds.Nominal).Select(p => p.HubId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            // Built through the disclosure policy first, so a search can only match what the caller may see.
            var nominal = await views.NominalAsync(id, context.CancellationToken);
            var names = nominal.Aliases.Prepend(nominal.DisplayName).Select(Tokens).ToList();
            if ((tokens.Count == 0 || names.Any(n => tokens.All(n.Contains)))
                && (birth.Length == 0 || nominal.DateOfBirth == birth)
                && (identifier.Length == 0 || string.Equals(nominal.PncId, identifier, StringComparison.OrdinalIgnoreCase) || string.Equals(nominal.CroNumber, identifier, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(nominal.HubId, identifier, StringComparison.OrdinalIgnoreCase)))
            {
                matches.Add(nominal);
            }
        }

        var response = new SearchNominalsResponse { Page = new PageResponse() };
        response.Nominals.AddRange(matches.Skip(skip).Take(size));
        if (skip + size < matches.Count)
        {
            response.Page.NextPageToken = (skip + size).ToString(CultureInfo.InvariantCulture);
        }

        await consultations.RecordAsync(
            call.Caller, "Disruption.SearchNominals", call.Purpose, [.. response.Nominals.Select(n => $"nominal:{n.HubId}")],
            [.. response.Nominals.Select(n => $"nominal:{n.HubId}/identity")], [], context.CancellationToken);
        return response;
    }

    private static HashSet<string> Tokens(string text)
        => text.Split([' ', ',', '-', '\''], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(t => t.ToUpperInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
