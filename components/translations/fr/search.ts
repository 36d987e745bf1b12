import type { Messages } from '../en.js';

export const search: Partial<Messages> = {
  searchLabel: 'Rechercher des organisations',
  searchPlaceholder: 'UUID, nom, numéro, référence, contrat ou identifiant SIP',
  searchBy: 'Rechercher par',
  searchByAuto: 'Toutes les clés',
  searchKeyUuid: "UUID de l'organisation",
  searchKeyName: "Nom de l'organisation",
  searchKeyPurchasedNumber: 'Numéro acheté',
  searchKeyCustomerReference: 'Référence client',
  searchKeyExternalContract: 'Contrat externe',
  searchKeySipUsername: 'Identifiant SIP',
  searchResults: 'Organisations',
  searchClear: 'Effacer la recherche',
  searchLoading: 'Chargement…',
  searchLoadingMore: 'Chargement de la suite…',
  searchLoadMore: 'Afficher plus de résultats',
  searchEmpty: 'Aucune organisation trouvée',
  searchCount: (count: number, more: boolean) =>
    more
      ? `${count} résultats affichés, d'autres disponibles`
      : count <= 1
        ? `${count} résultat`
        : `${count} résultats`,
  searchFailed: 'La recherche a échoué.',
  searchMatchedOn: (matches: string) => `correspond à ${matches}`,
  searchManagedBy: (who: string) => `Géré par ${who}`,
  searchSelectedStatus: (status: string) => `Statut : ${status}`,
  searchTooShort: (min: number) => `Saisissez au moins ${min} caractères pour rechercher.`,
  searchNameTooShort: (min: number) => `Saisissez au moins ${min} caractères pour rechercher par nom.`,
  searchNeedsUuid: "Saisissez un UUID d'organisation complet, par exemple 3f0c2a9e-7b1d-4c55-9e8a-2d6f41b7c0a1.",
  searchNeedsNumber: 'Saisissez un numéro de téléphone avec son indicatif pays, par exemple +65 6123 4567.',
  searchTooLong: (max: number) => `La recherche est limitée à ${max} caractères.`,
};
