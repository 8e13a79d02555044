using Fairtrade.Silo.TownCriteria;

namespace Fairtrade.Silo.Imports;

public sealed record ImportedArticle(ImportRow Row, AddArticleRequest Request);
