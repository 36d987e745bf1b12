import type { Messages } from '../en.js';

export const status: Partial<Messages> = {
  statusControlTitle: "Contrôle du statut de l'organisation",
  statusControlLoading: "Chargement du statut de l'organisation…",
  statusControlCurrent: 'Statut actuel',
  statusControlReason: 'Motif',
  statusControlNote: 'Note',
  statusControlPurgeAfter: (date: string) =>
    `Suppression définitive prévue le ${date}. D'ici là, elle peut être restaurée ; ensuite, c'est irréversible.`,
  statusControlPurgeDue: 'Le délai de grâce est écoulé : cette organisation ne peut plus être restaurée.',
  statusControlNoActions: 'Vous ne pouvez pas modifier le statut de cette organisation.',
  statusControlOwnOrganization: "C'est votre propre organisation : vous ne pouvez ni la suspendre ni la supprimer.",
  statusControlPurged: (name: string) => `${name} a été supprimée définitivement.`,

  statusControlSuspend: 'Suspendre',
  statusControlSuspending: 'Suspension…',
  statusControlActivate: 'Activer',
  statusControlActivating: 'Activation…',
  statusControlDelete: 'Supprimer',
  statusControlDeleting: 'Suppression…',
  statusControlRestore: 'Restaurer',
  statusControlRestoring: 'Restauration…',

  statusControlSuspendTitle: (name: string) => `Suspendre ${name} ?`,
  statusControlSuspendIntro:
    "La suspension est temporaire et réversible : l'organisation reste intacte et peut être réactivée à tout moment.",
  statusControlReasonLabel: 'Motif',
  statusControlReasonPlaceholder: 'Choisissez un motif',
  statusControlReasonRequired: 'Choisissez le motif de la suspension.',
  statusControlNoteLabel: 'Note (facultative)',
  statusControlNoteCount: (count: number, max: number) => `${count} sur ${max} caractères`,

  statusControlDeleteTitle: (name: string) => `Supprimer ${name} ?`,
  statusControlDeleteImmediate: 'Elle sera supprimée immédiatement et définitivement. Cette action est irréversible.',
  statusControlDeleteScheduled: (date: string) =>
    `Sa suppression sera programmée. Elle pourra être restaurée jusqu'au ${date} ; ensuite, ce sera irréversible.`,
  statusControlConfirmLabel: "Pour confirmer, saisissez le nom de l'organisation :",
  statusControlConfirmHint:
    'Supprimer reste indisponible tant que le nom ne correspond pas exactement, majuscules et espaces compris.',
  statusControlConfirmMatches: 'Le nom correspond.',

  statusControlSuspended: (name: string) => `${name} est suspendue.`,
  statusControlActivated: (name: string) => `${name} est de nouveau active.`,
  statusControlScheduled: (name: string, date: string) => `La suppression de ${name} est programmée pour le ${date}.`,
  statusControlRestored: (name: string) => `${name} a été restaurée et est active.`,

  statusControlErrorConflict:
    "Quelqu'un d'autre a modifié cette organisation pendant que vous travailliez. Elle a été rechargée avec ses changements ; vérifiez-la et réessayez.",
  statusControlErrorTransition: (status: string) =>
    `Cette action n'est pas possible : l'organisation est maintenant « ${status} ». Le statut affiché a été mis à jour.`,
  statusControlErrorChildren:
    "Cette organisation a encore des organisations enfants. Supprimez-les d'abord, puis supprimez celle-ci.",
  statusControlErrorOwnOrganization: 'Vous ne pouvez ni suspendre ni supprimer votre propre organisation.',
  statusControlErrorForbidden: "Vous n'avez pas l'autorisation de modifier le statut de cette organisation.",
  statusControlErrorMismatch: "Le nom saisi ne correspond pas au nom de l'organisation. Vérifiez-le et réessayez.",
  statusControlErrorGone: "Cette organisation n'existe plus ou ne vous est plus visible.",
};
