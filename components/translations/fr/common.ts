import type { Messages } from '../en.js';

export const common: Partial<Messages> = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  cancel: 'Annuler',
  close: 'Fermer',
  edit: 'Modifier',
  notFound: "Organisation introuvable. Elle a peut-être été supprimée, ou vous n'y avez pas accès.",
  loadFailed: "L'organisation n'a pas pu être chargée.",
  organizationInvalid: "L'organisation n'est pas valide.",
  statusActive: 'Active',
  statusSuspended: 'Suspendue',
  statusPendingDeletion: 'Suppression en attente',
  managedByCustomer: 'Client',
  managedByServiceProvider: 'Fournisseur de services',
  errorNetwork: "Le serveur est injoignable. Vérifiez votre connexion et réessayez.",
  errorTimeout: 'Le serveur a mis trop de temps à répondre. Réessayez.',
  errorForbidden: "Vous n'avez pas l'autorisation d'effectuer cette action.",
  errorUnexpected: "Une erreur s'est produite. Réessayez.",
};
