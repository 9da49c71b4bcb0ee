<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="+32"/>
        <source>About Quorum</source>
        <translation>À propos de Quorum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quorum keeps your board documents, votes and committee conversations encrypted on this computer, and syncs them with your secretariat&apos;s server.</source>
        <translation>Quorum garde vos documents du conseil, vos votes et les échanges de vos commissions chiffrés sur cet ordinateur, et les synchronise avec le serveur de votre secrétariat.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Copy diagnostic information</source>
        <translation>&amp;Copier les informations de diagnostic</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy diagnostic information</source>
        <translation>Copier les informations de diagnostic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close About Quorum</source>
        <translation>Fermer « À propos de Quorum »</translation>
    </message>
</context>
<context>
    <name>AccountChoiceDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome_pages.py" line="+76"/>
        <source>Welcome to Quorum</source>
        <translation>Bienvenue dans Quorum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How do you come to Quorum?</source>
        <translation>Comment arrivez-vous dans Quorum ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I received an &amp;invitation</source>
        <translation>J&apos;ai reçu une &amp;invitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your secretariat sent you a code and a server address by e-mail: you will choose your password.</source>
        <translation>Votre secrétariat vous a envoyé par e-mail un code et l&apos;adresse du serveur : vous allez choisir votre mot de passe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>I already have an &amp;account</source>
        <translation>J&apos;ai déjà un &amp;compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with your e-mail address and your password.</source>
        <translation>Connectez-vous avec votre adresse e-mail et votre mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Quorum</source>
        <translation>Quitter Quorum</translation>
    </message>
</context>
<context>
    <name>AcknowledgementsPanel</name>
    <message>
        <location filename="../../desktop/ui/announcement_detail.py" line="+65"/>
        <source>Read confirmations</source>
        <translation>Confirmations de lecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members who have confirmed</source>
        <translation>Membres qui ont confirmé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members who have not confirmed yet</source>
        <translation>Membres qui n&apos;ont pas encore confirmé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remind those who have not confirmed…</source>
        <translation>Relancer ceux qui n&apos;ont pas confirmé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind those who have not confirmed</source>
        <translation>Relancer ceux qui n&apos;ont pas confirmé</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Confirmed: %n</source>
        <translation>
            <numerusform>Ont confirmé : %n</numerusform>
            <numerusform>Ont confirmé : %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Not confirmed yet: %n</source>
        <translation>
            <numerusform>N&apos;ont pas encore confirmé : %n</numerusform>
            <numerusform>N&apos;ont pas encore confirmé : %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Last reminder sent %1.</source>
        <translation>Dernière relance envoyée %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone has confirmed: there is nobody to remind.</source>
        <translation>Tout le monde a confirmé : personne à relancer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The announcement has not been sent yet.</source>
        <translation>L&apos;annonce n&apos;a pas encore été envoyée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Asks you to confirm first.</source>
        <translation>Vous demande de confirmer d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>ActionDetail</name>
    <message>
        <location filename="../../desktop/ui/action_detail.py" line="+92"/>
        <source>New status</source>
        <translation>Nouvel état</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your comment (optional with a new status)</source>
        <translation>Votre commentaire (facultatif avec un nouvel état)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A comment, optional when you change the status (Ctrl+Enter to send)</source>
        <translation>Un commentaire, facultatif quand vous changez l&apos;état (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the status</source>
        <translation>Changer l&apos;état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of the action</source>
        <translation>Changer l&apos;état de l&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With the comment, if you wrote one; sent at the next sync</source>
        <translation>Avec le commentaire, si vous en avez écrit un ; envoyé à la prochaine synchronisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the comment</source>
        <translation>Envoyer le commentaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;status:</source>
        <translation>Nouvel é&amp;tat :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire :</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose an action in the list.</source>
        <translation>Choisissez une action dans la liste.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · decided on %2 · by %3</source>
        <translation>%1 · décidée le %2 · par %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secretariat</source>
        <translation>le secrétariat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nobody yet</source>
        <translation>personne pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In charge: %1</source>
        <translation>Responsables : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status: %1 · %2</source>
        <translation>État : %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your change: %1</source>
        <translation>Votre modification : %1</translation>
    </message>
</context>
<context>
    <name>ActionListModel</name>
    <message>
        <location filename="../../desktop/ui/action_models.py" line="+111"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In charge: %1</source>
        <translation>Responsables : %1</translation>
    </message>
</context>
<context>
    <name>ActionText</name>
    <message>
        <location filename="../../desktop/ui/action_detail.py" line="-136"/>
        <source>Description of the action and its comments</source>
        <translation>Description de l&apos;action et ses commentaires</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Comments (%1)</source>
        <translation>Commentaires (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No comment yet</source>
        <translation>Aucun commentaire pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — status set to %2</source>
        <translation>%1 — état passé à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop/ui/action_models.py" line="-85"/>
        <source>To do</source>
        <extracomment>Statuses in the order of an action&apos;s life (protocol.documents.ActionStatus values).</extracomment>
        <translation>À faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No due date</source>
        <translation>Sans échéance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due %1</source>
        <translation>Échéance le %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Late by %n day(s)</source>
        <translation>
            <numerusform>En retard de %n jour</numerusform>
            <numerusform>En retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only its assignees, the committee&apos;s chair or the secretariat may do this.</source>
        <translation>seuls les responsables de l&apos;action, le président de la commission ou le secrétariat peuvent le faire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only the secretariat or the committee&apos;s chair may create an action.</source>
        <translation>seuls le secrétariat ou le président de la commission peuvent créer une action.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a person in charge is not a member of this committee.</source>
        <translation>un des responsables n&apos;est pas membre de cette commission.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this action is no longer on this computer.</source>
        <translation>cette action n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ActionsView</name>
    <message>
        <location filename="../../desktop/ui/actions_view.py" line="+49"/>
        <location line="+40"/>
        <source>My actions</source>
        <translation>Mes actions</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Late actions of my committees</source>
        <translation>Actions en retard de mes commissions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action is in your charge.</source>
        <translation>Aucune action ne vous est confiée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which actions</source>
        <translation>Quelles actions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>M&amp;ine</source>
        <translation>Les mie&amp;nnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Late</source>
        <translation>En &amp;retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New action…</source>
        <translation>Nouvelle action…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record an action and who is in charge of it (Ctrl+N)</source>
        <translation>Enregistrer une action et ses responsables (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&amp;Late (%1)</source>
        <translation>En &amp;retard (%1)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
</context>
<context>
    <name>AnnouncementDetail</name>
    <message>
        <location filename="../../desktop/ui/announcement_detail.py" line="+17"/>
        <source>Send again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up on it</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>I have read it</source>
        <translation>J&apos;ai pris connaissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have read it: confirm that I have read this announcement</source>
        <translation>J&apos;ai pris connaissance : confirmer que j&apos;ai lu cette annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One click confirms that you have read it.</source>
        <translation>Un clic confirme que vous l&apos;avez lue.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose an announcement in the list.</source>
        <translation>Choisissez une annonce dans la liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text of the announcement is shown here.</source>
        <translation>Le texte de l&apos;annonce s&apos;affiche ici.</translation>
    </message>
</context>
<context>
    <name>AnnouncementListModel</name>
    <message>
        <location filename="../../desktop/ui/announcement_models.py" line="+90"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You asked for an acknowledgement</source>
        <translation>Vous avez demandé une confirmation de lecture</translation>
    </message>
</context>
<context>
    <name>AnnouncementText</name>
    <message>
        <location filename="../../desktop/ui/announcement_detail.py" line="-143"/>
        <source>Text of the announcement</source>
        <translation>Texte de l&apos;annonce</translation>
    </message>
</context>
<context>
    <name>Announcements</name>
    <message>
        <location filename="../../desktop/ui/announcement_models.py" line="-62"/>
        <source>Not sent yet</source>
        <translation>Pas encore envoyée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>● To acknowledge</source>
        <translation>● À confirmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Acknowledged</source>
        <translation>✓ Confirmée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Read and acknowledged %1</source>
        <translation>Lu et confirmé %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · by %2 · %3</source>
        <translation>%1 · par %2 · %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>AnnouncementsView</name>
    <message>
        <location filename="../../desktop/ui/announcements_view.py" line="+50"/>
        <location line="+30"/>
        <source>Announcements</source>
        <translation>Annonces</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>No announcement yet.</source>
        <translation>Aucune annonce pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New announcement…</source>
        <translation>Nouvelle annonce…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New announcement</source>
        <translation>Nouvelle annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post an announcement (Ctrl+N)</source>
        <translation>Publier une annonce (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>%n announcement(s) waiting for your confirmation</source>
        <translation>
            <numerusform>%n annonce attend votre confirmation</numerusform>
            <numerusform>%n annonces attendent votre confirmation</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Whole organisation</source>
        <translation>Toute l&apos;organisation</translation>
    </message>
</context>
<context>
    <name>AppearanceSection</name>
    <message>
        <location filename="../../desktop/ui/settings_pages.py" line="+84"/>
        <source>Text and contrast</source>
        <translation>Texte et contraste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies to the whole of Quorum at once</source>
        <translation>S&apos;applique aussitôt à tout Quorum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Black text on white, dark blue links and selection, a thick focus frame</source>
        <translation>Texte noir sur fond blanc, liens et sélection en bleu foncé, cadre épais autour de l&apos;élément actif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>100 % (normal)</source>
        <translation>100 % (normale)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>200 % (twice as large)</source>
        <translation>200 % (deux fois plus grand)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ApprovalView</name>
    <message>
        <location filename="../../desktop/ui/approval_view.py" line="+42"/>
        <source>Waiting for approval</source>
        <extracomment>How often the view asks the server, in milliseconds.</extracomment>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your secretariat must approve this computer</source>
        <translation>Votre secrétariat doit approuver cet ordinateur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This computer appears to your secretariat as “%1”. Once they approve it, Quorum downloads your documents by itself. You can leave this window open.</source>
        <translation>Votre secrétariat voit cet ordinateur sous le nom « %1 ». Dès qu&apos;il l&apos;aura approuvé, Quorum téléchargera vos documents de lui-même. Vous pouvez laisser cette fenêtre ouverte.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where things stand</source>
        <translation>Où en est l&apos;approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Asking the server…</source>
        <translation>Quorum interroge le serveur…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer is approved.</source>
        <translation>Cet ordinateur est approuvé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not approved yet. Quorum checks again every 30 seconds.</source>
        <translation>Pas encore approuvé. Quorum vérifie de nouveau toutes les 30 secondes.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server cannot be reached. Quorum will try again in 30 seconds.</source>
        <translation>Le serveur est injoignable. Quorum réessaiera dans 30 secondes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server could not answer. Quorum will try again.</source>
        <translation>Le serveur n&apos;a pas pu répondre. Quorum réessaiera.</translation>
    </message>
</context>
<context>
    <name>BackgroundFiles</name>
    <message>
        <location filename="../../desktop/ui/offline_files.py" line="+318"/>
        <source>Offline documents: %1 of %2…</source>
        <extracomment>After a sync, the background run waits this long (ms): the member&apos;s first clicks go first. Files completed within this many ms make one ``files_changed``. Closing waits at most this long (s) for the thread, which stops between two chunks. A file failing with one of these would fail every file after it: the run stops. Set while no background run is downloading.</extracomment>
        <translation>Documents hors ligne : %1 sur %2…</translation>
    </message>
</context>
<context>
    <name>ChannelPane</name>
    <message>
        <location filename="../../desktop/ui/channel_list.py" line="+27"/>
        <source>Channels and conversations</source>
        <translation>Canaux et conversations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New conversation…</source>
        <translation>&amp;Nouvelle conversation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a new conversation</source>
        <translation>Commencer une nouvelle conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a conversation with one or more people (Ctrl+N)</source>
        <translation>Commencer une conversation avec une ou plusieurs personnes (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
</context>
<context>
    <name>CodePage</name>
    <message>
        <location filename="../../desktop/ui/two_factor_pages.py" line="+122"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code shown by your authenticator app</source>
        <translation>Code affiché par votre application d&apos;authentification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirm with the code</source>
        <translation>Confirmer avec le code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Back, without changing anything</source>
        <translation>Retour, sans rien changer</translation>
    </message>
</context>
<context>
    <name>CodesPage</name>
    <message>
        <location line="+30"/>
        <source>Keep these recovery codes somewhere safe, away from this computer (printed, or in a password manager). If you lose your phone, each code lets you sign in once instead of a code from the app. They are shown only now.</source>
        <translation>Gardez ces codes de secours en lieu sûr, ailleurs que sur cet ordinateur (imprimés, ou dans un gestionnaire de mots de passe). Si vous perdez votre téléphone, chaque code vous permet de vous connecter une fois à la place d&apos;un code de l&apos;application. Ils ne sont affichés que maintenant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your recovery codes</source>
        <translation>Vos codes de secours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy the recovery codes</source>
        <translation>Copier les codes de secours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the recovery codes in a text file</source>
        <translation>Enregistrer les codes de secours dans un fichier texte</translation>
    </message>
</context>
<context>
    <name>CommentsTab</name>
    <message>
        <location filename="../../desktop/ui/doc_comment_tab.py" line="+48"/>
        <source>Comments on this version</source>
        <translation>Commentaires sur cette version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comment yet.</source>
        <translation>Aucun commentaire pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reply to the chosen comment</source>
        <translation>Répondre au commentaire choisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment instead</source>
        <translation>Commenter plutôt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write a new comment instead of a reply</source>
        <translation>Écrire un nouveau commentaire plutôt qu&apos;une réponse</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+135"/>
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Write a comment (Ctrl+Enter to send)</source>
        <translation>Écrivez un commentaire (Ctrl+Entrée pour l&apos;envoyer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the comment</source>
        <translation>Envoyer le commentaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>About: %1</source>
        <translation>Sur : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reply: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Reply to %1</source>
        <translation>Réponse à %1</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>About page %1</source>
        <translation>Sur la page %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Write your comment first.</source>
        <translation>Écrivez d&apos;abord votre commentaire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
</context>
<context>
    <name>CommitteeListModel</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="+94"/>
        <source>Whole organisation</source>
        <extracomment>The row&apos;s identifier: a committee id (None for the whole organisation) or a document id. The second line of a row (dates, author, description). A short text drawn at the right of a row (&quot;● Unread&quot;, &quot;3 unread&quot;), or None. True when the row has something unread.</extracomment>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents for every member</source>
        <translation>Documents pour tous les membres</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1, %n unread document(s)</source>
        <translation>
            <numerusform>%1, %n document non lu</numerusform>
            <numerusform>%1, %n documents non lus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, nothing unread</source>
        <translation>%1, tout est lu</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <location filename="../../desktop/ui/composer.py" line="+61"/>
        <source>Write or preview</source>
        <extracomment>Gives the choices of a picker when it opens (people and committees, or documents and votes).</extracomment>
        <translation>Écrire ou voir l&apos;aperçu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ctrl+Enter sends. Type @ to mention someone.</source>
        <translation>Ctrl+Entrée envoie. Tapez @ pour mentionner quelqu&apos;un.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a message… (Ctrl+Enter sends)</source>
        <translation>Écrivez un message… (Ctrl+Entrée pour envoyer)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Preview of the message</source>
        <translation>Aperçu du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Write</source>
        <translation>É&amp;crire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the message (Alt+W)</source>
        <translation>Écrire le message (Alt+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See the message as it will be read (Alt+V)</source>
        <translation>Voir le message tel qu&apos;il sera lu (Alt+A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>@ &amp;Mention…</source>
        <translation>@ &amp;Mentionner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mention someone or a committee</source>
        <translation>Mentionner une personne ou une commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mention someone or a committee (Alt+M, or type @)</source>
        <translation>Mentionner une personne ou une commission (Alt+M, ou tapez @)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Link…</source>
        <translation>&amp;Lien…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+98"/>
        <source>Link to a document or a vote</source>
        <translation>Lien vers un document ou un vote</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Link to a document or a vote (Alt+L)</source>
        <translation>Lien vers un document ou un vote (Alt+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the message</source>
        <translation>Envoyer le message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send (Ctrl+Enter)</source>
        <translation>Envoyer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing to preview yet.</source>
        <translation>Rien à afficher pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Mention someone</source>
        <translation>Mentionner quelqu&apos;un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person or committee to mention:</source>
        <translation>Personne ou commission à mentionner :</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Document or vote to link to:</source>
        <translation>Document ou vote vers lequel faire un lien :</translation>
    </message>
</context>
<context>
    <name>ConfirmDelete</name>
    <message>
        <location filename="../../desktop/ui/conv_dialogs.py" line="+135"/>
        <location line="+9"/>
        <location line="+3"/>
        <source>Delete the message</source>
        <translation>Supprimer le message</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Delete this message?</source>
        <translation>Supprimer ce message ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone in the channel will see “Message deleted” in its place. This cannot be undone.</source>
        <translation>Tous les membres du canal verront « Message supprimé » à sa place. Vous ne pourrez pas revenir en arrière.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep the message</source>
        <translation>Garder le message</translation>
    </message>
</context>
<context>
    <name>ConfirmGiveUp</name>
    <message>
        <location filename="../../desktop/ui/refused_dialog.py" line="+43"/>
        <location line="+11"/>
        <source>Give it up</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Give up %1?</source>
        <translation>Abandonner %1 ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It will never be sent, and your text will be lost: copy it first if you want to keep it.</source>
        <translation>Cet envoi ne partira jamais, et votre texte sera perdu : copiez-le d&apos;abord si vous voulez le garder.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It will never be sent, and Quorum will forget it.</source>
        <translation>Cet envoi ne partira jamais, et Quorum l&apos;oubliera.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Give it up: it will never be sent</source>
        <translation>Abandonner : cet envoi ne partira jamais</translation>
    </message>
</context>
<context>
    <name>ConfirmRemind</name>
    <message>
        <location filename="../../desktop/ui/announcement_dialog.py" line="+120"/>
        <source>Remind</source>
        <translation>Relancer</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Remind the %n member(s) who have not confirmed “%1”?</source>
        <translation>
            <numerusform>Relancer le membre qui n&apos;a pas confirmé « %1 » ?</numerusform>
            <numerusform>Relancer les %n membres qui n&apos;ont pas confirmé « %1 » ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>They are notified again.</source>
        <translation>Ils reçoivent une nouvelle notification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>Yes, remind them</source>
        <translation>Oui, les relancer</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>No, go back</source>
        <translation>Non, revenir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, go back without reminding</source>
        <translation>Non, revenir sans relancer</translation>
    </message>
</context>
<context>
    <name>ConfirmRevoke</name>
    <message>
        <location filename="../../desktop/ui/proxy_dialog.py" line="+172"/>
        <source>Withdraw my proxy</source>
        <translation>Retirer mon pouvoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw the proxy you gave to %1?</source>
        <translation>Retirer le pouvoir que vous avez donné à %1 ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You will then vote yourself again.</source>
        <translation>Vous voterez alors de nouveau vous-même.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, withdraw it</source>
        <translation>Oui, le retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, keep it</source>
        <translation>Non, le garder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes, withdraw my proxy to %1</source>
        <translation>Oui, retirer mon pouvoir à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, keep my proxy</source>
        <translation>Non, garder mon pouvoir</translation>
    </message>
</context>
<context>
    <name>ConfirmVote</name>
    <message>
        <location filename="../../desktop/ui/vote_dialog.py" line="+59"/>
        <source>Confirm your vote</source>
        <translation>Confirmez votre vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm?</source>
        <translation>Confirmer ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, go back</source>
        <translation>Non, revenir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No, go back without voting</source>
        <translation>Non, revenir sans voter</translation>
    </message>
</context>
<context>
    <name>Conversations</name>
    <message>
        <location filename="../../desktop/ui/conv_actions.py" line="+51"/>
        <source>Quorum — conversations</source>
        <translation>Quorum — conversations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This was not done: %1.</source>
        <translation>Cela n&apos;a pas été fait : %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync to see the latest messages, then try again.</source>
        <translation>Synchronisez pour voir les derniers messages, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conv_words.py" line="+21"/>
        <location line="+10"/>
        <source>you no longer have access to this channel</source>
        <extracomment>Why the server refused a message, by stable code (``protocol.errors``).</extracomment>
        <translation>vous n&apos;avez plus accès à ce canal</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>only its author may change it</source>
        <translation>seul son auteur peut le modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the message has been deleted</source>
        <translation>le message a été supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the message answered is not available</source>
        <translation>le message auquel vous répondez n&apos;est plus disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server already has another message</source>
        <translation>le serveur a déjà un autre message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text was not accepted</source>
        <translation>le texte n&apos;a pas été accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>the text is too long</source>
        <translation>le texte est trop long</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>you are not allowed to do this</source>
        <translation>vous n&apos;avez pas l&apos;autorisation de le faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the message is empty</source>
        <translation>le message est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the message is no longer here</source>
        <translation>le message n&apos;est plus là</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nobody was chosen</source>
        <translation>personne n&apos;a été choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a conversation has at most 12 people</source>
        <translation>une conversation compte au plus 12 personnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are not signed in</source>
        <translation>vous n&apos;êtes pas connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it has already been sent or dropped</source>
        <translation>il a déjà été envoyé ou abandonné</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Whole organisation</source>
        <extracomment>The codes said in words here (the rest goes to the app&apos;s one error path).</extracomment>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committee</source>
        <translation>Commission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct conversation</source>
        <translation>Conversation privée</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n non lu</numerusform>
            <numerusform>%n non lus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>@ %1</source>
        <translation>@ %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Muted</source>
        <translation>En sourdine</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n unread message(s)</source>
        <translation>
            <numerusform>%n message non lu</numerusform>
            <numerusform>%n messages non lus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nothing unread</source>
        <translation>tout est lu</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n mention(s) of you</source>
        <translation>
            <numerusform>%n mention de vous</numerusform>
            <numerusform>%n mentions de vous</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>muted</source>
        <translation>en sourdine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server refused it</source>
        <translation>le serveur l&apos;a refusé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n repl(y|ies)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>edited</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>pinned by %1</source>
        <translation>épinglé par %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pinned</source>
        <translation>épinglé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Retry or Discard below</source>
        <translation>Choisissez « Réessayer » ou « Abandonner » ci-dessous</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mentions you</source>
        <translation>vous mentionne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/ui/message_view.py" line="+71"/>
        <source>Message deleted</source>
        <translation>Message supprimé</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/message_view.py" line="-7"/>
        <source>● New</source>
        <extracomment>Message text size (points), as the document reader.</extracomment>
        <translation>● Nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>@ mentions you</source>
        <translation>@ vous mentionne</translation>
    </message>
</context>
<context>
    <name>ConversationsView</name>
    <message>
        <location filename="../../desktop/ui/conv_header.py" line="+66"/>
        <location filename="../../desktop/ui/conversations_view.py" line="+67"/>
        <source>M&amp;ute this channel</source>
        <translation>Mettre ce canal en so&amp;urdine</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../desktop/ui/conversations_view.py" line="+1"/>
        <source>&amp;Pinned messages…</source>
        <translation>Messages é&amp;pinglés…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversations_view.py" line="+2"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No message here yet. Write the first one below.</source>
        <translation>Aucun message ici pour l&apos;instant. Écrivez le premier ci-dessous.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the message again</source>
        <translation>Envoyer le message à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Discard</source>
        <translation>A&amp;bandonner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give up on the message that failed</source>
        <translation>Abandonner le message qui a échoué</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a message in this channel</source>
        <translation>Écrire un message dans ce canal</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conv_header.py" line="-50"/>
        <source>You are no longer a member of this committee: you can no longer write in it.</source>
        <translation>Vous n&apos;êtes plus membre de cette commission : vous ne pouvez plus y écrire.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a channel</source>
        <translation>Choisissez un canal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — no notification from this channel</source>
        <translation>%1 — aucune notification de ce canal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages of %1</source>
        <translation>Messages de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Un&amp;mute this channel</source>
        <translation>Réacti&amp;ver les notifications de ce canal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (Ctrl+Shift+M)</source>
        <translation>%1 (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pinned messages (%1)…</source>
        <translation>Messages é&amp;pinglés (%1)…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conversations_view.py" line="+147"/>
        <source>A message could not be sent: %1.</source>
        <translation>Un message n&apos;a pas pu être envoyé : %1.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whole committee</source>
        <translation>Toute la commission</translation>
    </message>
</context>
<context>
    <name>DeviceTrust</name>
    <message>
        <location filename="../../desktop/ui/trust_wiring.py" line="+79"/>
        <source>My &amp;devices…</source>
        <translation>Mes &amp;appareils…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Members&apos; devices…</source>
        <translation>Appareils des &amp;membres…</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../desktop/ui/devices_dialog.py" line="+39"/>
        <source>In use</source>
        <translation>En service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for the secretariat&apos;s approval</source>
        <translation>En attente de l&apos;approbation du secrétariat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed: its data will be deleted when it next connects</source>
        <translation>Retiré : ses données seront effacées à sa prochaine connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed: its data was deleted</source>
        <translation>Retiré : ses données ont été effacées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Synced %1</source>
        <translation>Synchronisé %1</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location line="+19"/>
        <source>Members&apos; devices</source>
        <translation>Appareils des membres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>My devices</source>
        <translation>Mes appareils</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Removing a device signs it out and deletes Quorum&apos;s data on it the next time it connects.</source>
        <translation>Retirer un appareil le déconnecte et efface les données de Quorum qu&apos;il contient à sa prochaine connexion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove this device…</source>
        <translation>&amp;Retirer cet appareil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Approve this device</source>
        <translation>&amp;Approuver cet appareil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deactivate this member…</source>
        <translation>&amp;Désactiver ce membre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the list of devices</source>
        <translation>Actualiser la liste des appareils</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Close the list of devices</source>
        <translation>Fermer la liste des appareils</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Reading the list of devices…</source>
        <translation>Lecture de la liste des appareils…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 (this computer)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No device is signed in.</source>
        <translation>Aucun appareil n&apos;est connecté.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” is removed.</source>
        <translation>« %1 » est retiré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is approved: it can now receive the documents.</source>
        <translation>« %1 » est approuvé : il peut désormais recevoir les documents.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deactivate %1? They can no longer sign in, and Quorum&apos;s data is deleted on each of their devices the next time it connects.</source>
        <translation>Désactiver %1 ? Cette personne ne pourra plus se connecter, et les données de Quorum seront effacées sur chacun de ses appareils à sa prochaine connexion.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is deactivated.</source>
        <translation>%1 est désactivé(e).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove this computer? Quorum&apos;s data on it will be deleted and you will have to sign in again.</source>
        <translation>Retirer cet ordinateur ? Les données de Quorum qu&apos;il contient seront effacées et vous devrez vous connecter à nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove “%1”? It is signed out, and Quorum&apos;s data on it is deleted the next time it connects.</source>
        <translation>Retirer « %1 » ? Il sera déconnecté, et les données de Quorum qu&apos;il contient seront effacées à sa prochaine connexion.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, confirm</source>
        <translation>Oui, confirmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel, change nothing</source>
        <translation>Annuler, ne rien changer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Please wait…</source>
        <translation>Veuillez patienter…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That did not work.</source>
        <translation>Cela n&apos;a pas fonctionné. Réessayez ; si cela se reproduit, contactez votre secrétariat.</translation>
    </message>
</context>
<context>
    <name>DocWords</name>
    <message>
        <location filename="../../desktop/ui/doc_words.py" line="+32"/>
        <source>Page %1</source>
        <extracomment>The context of every string here, written out in each call: lupdate reads only literals. How much of a quoted passage an anchor shows before &quot;…&quot;.</extracomment>
        <translation>Page %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>« %1 »</source>
        <translation>« %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole document</source>
        <translation>Tout le document</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>comments on this document are closed.</source>
        <translation>les commentaires sur ce document sont fermés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a reply must answer a comment of the same document.</source>
        <translation>une réponse doit porter sur un commentaire du même document.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this document is no longer on this computer.</source>
        <translation>ce document n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this note is no longer on this computer.</source>
        <translation>cette note n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a choice is not valid.</source>
        <translation>un choix n&apos;est pas valable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are not signed in.</source>
        <translation>vous n&apos;êtes pas connecté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this version of the document no longer exists.</source>
        <translation>cette version du document n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the document no longer exists, or you may no longer see it.</source>
        <translation>le document n&apos;existe plus, ou vous n&apos;y avez plus accès.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the server already has something with this number.</source>
        <translation>le serveur a déjà un élément avec ce numéro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not accept the text.</source>
        <translation>le serveur n&apos;a pas accepté le texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text is empty.</source>
        <translation>le texte est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text is too long.</source>
        <translation>le texte est trop long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are not allowed to do this.</source>
        <translation>vous n&apos;avez pas l&apos;autorisation de le faire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server refused it.</source>
        <translation>le serveur l&apos;a refusé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Comments open until %1</source>
        <translation>Commentaires ouverts jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments are open</source>
        <translation>Les commentaires sont ouverts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comments are closed</source>
        <translation>Les commentaires sont fermés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This document is not open for comments</source>
        <translation>Ce document n&apos;est pas ouvert aux commentaires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Version %1 (current)</source>
        <translation>Version %1 (actuelle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Published on %1 by %2</source>
        <translation>Publiée le %1 par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published on %1</source>
        <translation>Publiée le %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Added:</source>
        <translation>Ajouté :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed:</source>
        <translation>Supprimé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged:</source>
        <translation>Inchangé :</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../desktop/ui/models.py" line="+46"/>
        <source>● New</source>
        <translation>● Non lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>● Updated</source>
        <translation>● Mis à jour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New: %1</source>
        <translation>Non lu : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated since you read it: %1</source>
        <translation>Mis à jour depuis votre lecture : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
</context>
<context>
    <name>DocumentPane</name>
    <message>
        <location filename="../../desktop/ui/document_pane.py" line="+73"/>
        <source>Updated since you read it: see what changed in Versions.</source>
        <extracomment>The notes / comments / versions panel is never narrower than this when it appears (pixels). A note or comment was written (the main window asks the sync to send soon).</extracomment>
        <translation>Mis à jour depuis votre lecture : voyez ce qui a changé dans « Versions ».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Notes and comments</source>
        <translation>Notes et commentaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a &amp;note to this page</source>
        <translation>Ajouter une &amp;note à cette page</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>This document is no longer available to you: it was withdrawn, or you are no longer a member of its committee.</source>
        <translation>Ce document ne vous est plus accessible : il a été retiré, ou vous n&apos;êtes plus membre de sa commission.</translation>
    </message>
</context>
<context>
    <name>DocumentReader</name>
    <message>
        <location filename="../../desktop/ui/reader.py" line="+93"/>
        <source>Document text</source>
        <extracomment>Opens a ``quorum://`` link in the app; True when it could (set by the main window). Resources the reader was asked for and refused (for the record, and for tests).</extracomment>
        <translation>Texte du document</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a document in the list to read it here.</source>
        <translation>Choisissez un document dans la liste pour le lire ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 · published on %2</source>
        <translation>%1 · publié le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · by %2</source>
        <translation>%1 · par %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+7"/>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>This link leads to something Quorum cannot show here.</source>
        <translation>Ce lien mène à un élément que Quorum ne peut pas afficher ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quorum only opens web and email links. This one leads to: %1</source>
        <translation>Quorum n&apos;ouvre que les liens vers des sites web ou des adresses e-mail. Celui-ci mène à : %1</translation>
    </message>
</context>
<context>
    <name>DocumentSidePanel</name>
    <message>
        <location filename="../../desktop/ui/doc_panel.py" line="+44"/>
        <source>Notes, comments and versions of the document</source>
        <translation>Notes, commentaires et versions du document</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Notes, comments and versions</source>
        <translation>Notes, commentaires et versions</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+86"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+89"/>
        <source>&amp;Comments</source>
        <translation>&amp;Commentaires</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+92"/>
        <source>&amp;Versions</source>
        <translation>&amp;Versions</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>&amp;Who has read it…</source>
        <translation>&amp;Qui l&apos;a lu…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who has read this document (secretariat)</source>
        <translation>Qui a lu ce document (secrétariat)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>&amp;Notes (%1)</source>
        <translation>&amp;Notes (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Comments (%1)</source>
        <translation>&amp;Commentaires (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Versions ● changed</source>
        <translation>&amp;Versions ● modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My private notes (Alt+1)</source>
        <translation>Mes notes privées (Alt+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comments on this version (Alt+2)</source>
        <translation>Commentaires sur cette version (Alt+2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Versions and what changed (Alt+3)</source>
        <translation>Versions et ce qui a changé (Alt+3)</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../desktop/ui/conv_dialogs.py" line="-115"/>
        <location line="+1"/>
        <source>Edit my message</source>
        <translation>Modifier mon message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text of the message</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changed message</source>
        <translation>Enregistrer le message modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save (Ctrl+Enter)</source>
        <translation>Enregistrer (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel the change</source>
        <translation>Annuler la modification</translation>
    </message>
</context>
<context>
    <name>EnrolPage</name>
    <message>
        <location filename="../../desktop/ui/two_factor_pages.py" line="-97"/>
        <source>1. Install an authenticator app on your phone, for example Google Authenticator, Microsoft Authenticator or FreeOTP.
2. In that app, add an account and scan this picture with your phone.
3. Type below the 6-digit code the app then shows for Quorum.</source>
        <translation>1. Installez une application d&apos;authentification sur votre téléphone, par exemple Google Authenticator, Microsoft Authenticator ou FreeOTP.
2. Dans cette application, ajoutez un compte et scannez cette image avec votre téléphone.
3. Tapez ci-dessous le code à 6 chiffres que l&apos;application affiche alors pour Quorum.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Picture to scan with your authenticator app</source>
        <translation>Image à scanner avec votre application d&apos;authentification</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key to type by hand in the app</source>
        <translation>Clé à taper à la main dans l&apos;application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot scan? Type this &amp;key in the app:</source>
        <translation>Impossible de scanner ? Tapez cette &amp;clé dans l&apos;application :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;First code:</source>
        <translation>&amp;Premier code :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First code shown by the app</source>
        <translation>Premier code affiché par l&apos;application</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn &amp;on</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Check the code and turn on two-step verification</source>
        <translation>Vérifier le code et activer la validation en deux étapes</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <location filename="../../desktop/ui/errors.py" line="+26"/>
        <source>Something went wrong.</source>
        <translation>Un problème est survenu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please try again. If it happens again, contact your secretariat.</source>
        <translation>Veuillez réessayer. Si le problème se reproduit, contactez votre secrétariat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server ran into a problem.</source>
        <translation>Le serveur a rencontré un problème.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again in a few minutes. Your documents stay readable on this computer.</source>
        <translation>Réessayez dans quelques minutes. Vos documents restent consultables sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer has no secure keychain.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau sécurisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a passphrase to protect the copy of your documents.</source>
        <translation>Choisissez une phrase secrète pour protéger la copie de vos documents.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Get it here: %1</source>
        <translation>Elle est disponible ici : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The email address or the password is not right.</source>
        <extracomment>Stable error code -&gt; (what happened, what to do next), both translated when shown.</extracomment>
        <translation>L&apos;adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check them and try again. If you have forgotten your password, ask your secretariat.</source>
        <translation>Vérifiez-les et réessayez. Si vous avez oublié votre mot de passe, adressez-vous à votre secrétariat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You have been signed out.</source>
        <translation>Vous avez été déconnecté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again to sync. Your documents stay readable on this computer.</source>
        <translation>Reconnectez-vous pour synchroniser. Vos documents restent consultables sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer may no longer connect to Quorum.</source>
        <translation>Cet ordinateur ne peut plus se connecter à Quorum.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The secretariat has withdrawn its access. Contact them if you think this is a mistake.</source>
        <translation>Le secrétariat lui a retiré son accès. Contactez-le si vous pensez qu&apos;il s&apos;agit d&apos;une erreur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your account is disabled.</source>
        <translation>Votre compte est désactivé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact your secretariat to have it enabled.</source>
        <translation>Contactez votre secrétariat pour le faire réactiver.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are not allowed to do this.</source>
        <translation>Vous n&apos;avez pas l&apos;autorisation de le faire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If you think you should be, contact your secretariat.</source>
        <translation>Si vous pensez que c&apos;est une erreur, contactez votre secrétariat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This item no longer exists on the server.</source>
        <translation>Cet élément n&apos;existe plus sur le serveur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been removed. Sync to bring your copy up to date.</source>
        <translation>Il a peut-être été supprimé. Synchronisez pour mettre votre copie à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This document is no longer available.</source>
        <translation>Ce document n&apos;est plus disponible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It may have been removed. Sync to bring your list up to date.</source>
        <translation>Il a peut-être été retiré. Synchronisez pour mettre votre liste à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server did not accept what was sent.</source>
        <translation>Le serveur n&apos;a pas accepté ce qui a été envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check what you typed and try again.</source>
        <translation>Vérifiez ce que vous avez saisi et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone changed this in the meantime.</source>
        <translation>Quelqu&apos;un l&apos;a modifié entre-temps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync, then try again.</source>
        <translation>Synchronisez, puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you are sending is too large.</source>
        <translation>Ce que vous envoyez est trop volumineux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make it shorter and try again.</source>
        <translation>Raccourcissez-le et réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version of Quorum cannot talk to your organisation&apos;s server.</source>
        <translation>Cette version de Quorum ne peut pas dialoguer avec le serveur de votre organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the latest version of Quorum, or ask your secretariat.</source>
        <translation>Installez la dernière version de Quorum, ou demandez à votre secrétariat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server cannot be reached.</source>
        <translation>Le serveur est injoignable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check your internet connection and the server address. You can keep reading your documents offline: Quorum syncs as soon as the connection is back.</source>
        <translation>Vérifiez votre connexion internet et l&apos;adresse du serveur. Vous pouvez continuer à lire vos documents hors ligne : Quorum synchronisera dès le retour de la connexion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too many unsuccessful attempts to sign in.</source>
        <translation>Trop de tentatives de connexion infructueuses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For your security, signing in is paused for a while. Wait a few minutes, then try again. If you have forgotten your password, ask your secretariat.</source>
        <translation>Pour votre sécurité, la connexion est suspendue pendant un moment. Attendez quelques minutes, puis réessayez. Si vous avez oublié votre mot de passe, adressez-vous à votre secrétariat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The copy of your documents on this computer cannot be opened.</source>
        <translation>La copie de vos documents sur cet ordinateur ne peut pas être ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Its key is missing or the passphrase is wrong. You can reset this copy and download everything again: the server keeps it all.</source>
        <translation>Sa clé est introuvable ou la phrase secrète est incorrecte. Vous pouvez réinitialiser cette copie et tout télécharger à nouveau : le serveur garde tout.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy of your documents was made by a newer version of Quorum.</source>
        <translation>La copie de vos documents a été créée par une version plus récente de Quorum.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Install the latest version of Quorum to open it.</source>
        <translation>Installez la dernière version de Quorum pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This version of Quorum is too old for your organisation&apos;s server.</source>
        <translation>Cette version de Quorum est trop ancienne pour le serveur de votre organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Install the new version to sync again. Meanwhile you can keep reading your documents on this computer.</source>
        <translation>Installez la nouvelle version pour synchroniser de nouveau. En attendant, vous pouvez continuer à lire vos documents sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secretariat asked for this computer&apos;s data to be deleted.</source>
        <translation>Le secrétariat a demandé l&apos;effacement des données de cet ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quorum deletes it now. Sign in again if you may still use this computer.</source>
        <translation>Quorum les efface maintenant. Reconnectez-vous si vous pouvez encore utiliser cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your secretariat has not approved this computer yet.</source>
        <translation>Votre secrétariat n&apos;a pas encore approuvé cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum checks again by itself. You can ask your secretariat to approve it.</source>
        <translation>Quorum vérifie de nouveau de lui-même. Vous pouvez demander à votre secrétariat de l&apos;approuver.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your organisation asks for a second step when you sign in.</source>
        <translation>Votre organisation demande une deuxième étape à la connexion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set up the two-step verification: Quorum shows you how.</source>
        <translation>Mettez en place la validation en deux étapes : Quorum vous guide.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the code shown by your authenticator app.</source>
        <translation>Saisissez le code affiché par votre application d&apos;authentification.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It changes every 30 seconds. You can also use one of your recovery codes.</source>
        <translation>Il change toutes les 30 secondes. Vous pouvez aussi utiliser un de vos codes de secours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This code is not right or has already been used.</source>
        <translation>Ce code n&apos;est pas le bon ou a déjà servi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the code your authenticator app shows now, or one of your recovery codes.</source>
        <translation>Saisissez le code que votre application d&apos;authentification affiche maintenant, ou un de vos codes de secours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This server address is not secure.</source>
        <translation>Cette adresse de serveur n&apos;est pas sécurisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the address starting with https:// that your secretariat gave you.</source>
        <translation>Utilisez l&apos;adresse commençant par https:// que votre secrétariat vous a donnée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum cannot confirm that this server is your organisation&apos;s.</source>
        <translation>Quorum ne peut pas confirmer que ce serveur est celui de votre organisation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the server address. If your organisation has its own certificate authority, choose its file in the sign-in window (Advanced).</source>
        <translation>Vérifiez l&apos;adresse du serveur. Si votre organisation a sa propre autorité de certification, choisissez son fichier dans la fenêtre de connexion (Avancé).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate authority file cannot be used.</source>
        <translation>Le fichier d&apos;autorité de certification ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose again the file your secretariat gave you, or clear the choice.</source>
        <translation>Choisissez de nouveau le fichier donné par votre secrétariat, ou retirez ce choix.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No invitation has this code.</source>
        <translation>Aucune invitation ne correspond à ce code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the code and the server address, or ask your secretariat for a new invitation.</source>
        <translation>Vérifiez le code et l&apos;adresse du serveur, ou demandez une nouvelle invitation à votre secrétariat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This invitation has expired.</source>
        <translation>Cette invitation a expiré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your secretariat for a new one.</source>
        <translation>Demandez-en une nouvelle à votre secrétariat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This invitation has already been used.</source>
        <translation>Cette invitation a déjà servi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with the password you chose. If you have forgotten it, ask your secretariat for a new invitation.</source>
        <translation>Connectez-vous avec le mot de passe que vous avez choisi. Si vous l&apos;avez oublié, demandez une nouvelle invitation à votre secrétariat.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/welcome_pages.py" line="+48"/>
        <source>%n document(s)</source>
        <extracomment>The kinds the first sync names, in this order.</extracomment>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n vote</numerusform>
            <numerusform>%n votes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n announcement(s)</source>
        <translation>
            <numerusform>%n annonce</numerusform>
            <numerusform>%n annonces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n réunion</numerusform>
            <numerusform>%n réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n idea(s)</source>
        <translation>
            <numerusform>%n idée</numerusform>
            <numerusform>%n idées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Getting your documents</source>
        <translation>Récupération de vos documents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quorum is copying your organisation&apos;s documents, votes and messages onto this computer, so that you can read them even without internet. This can take a few minutes the first time.</source>
        <translation>Quorum copie les documents, les votes et les messages de votre organisation sur cet ordinateur, pour que vous puissiez les lire même sans internet. La première fois, cela peut prendre quelques minutes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Progress of the first sync</source>
        <translation>Avancement de la récupération de vos documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connecting to your organisation&apos;s server…</source>
        <translation>Connexion au serveur de votre organisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What has arrived</source>
        <translation>Ce qui est arrivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue &amp;later</source>
        <translation>Continuer &amp;plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue later, and use Quorum now</source>
        <translation>Continuer plus tard, et utiliser Quorum dès maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What has arrived stays; Quorum fetches the rest by itself.</source>
        <translation>Ce qui est arrivé reste sur cet ordinateur ; Quorum récupère la suite tout seul.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Received so far: %1.</source>
        <translation>Déjà reçus : %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving your organisation&apos;s committees and members…</source>
        <translation>Réception des commissions et des membres de votre organisation…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nothing yet</source>
        <translation>rien pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything has arrived: %1.</source>
        <translation>Tout est arrivé : %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not everything could arrive yet. %1 %2 Quorum will try again by itself.</source>
        <translation>Tout n&apos;a pas encore pu arriver. %1 %2 Quorum réessaiera tout seul.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue, and use Quorum now</source>
        <translation>Continuer, et utiliser Quorum dès maintenant</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../desktop/ui/action_models.py" line="-46"/>
        <location filename="../../desktop/ui/formatting.py" line="+21"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/formatting.py" line="+8"/>
        <source>HH:mm</source>
        <translation>H&apos; h &apos;mm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on %1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
</context>
<context>
    <name>GrantProxyDialog</name>
    <message>
        <location filename="../../desktop/ui/proxy_dialog.py" line="-114"/>
        <location line="+6"/>
        <source>Give my proxy</source>
        <translation>Donner mon pouvoir</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The person you choose votes in your place. While your proxy stands you cannot vote yourself; you can withdraw it as long as it has not been used.</source>
        <translation>La personne que vous choisissez vote à votre place. Tant que votre pouvoir est en vigueur, vous ne pouvez pas voter vous-même ; vous pouvez le retirer tant qu&apos;il n&apos;a pas servi.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Who votes for you</source>
        <translation>Qui vote pour vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Who votes for you:</source>
        <translation>&amp;Qui vote pour vous :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only for the vote “%1”</source>
        <translation>Seulement pour le vote « %1 »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For every vote closing between these dates:</source>
        <translation>Pour tous les votes qui se terminent entre ces dates :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First day of the proxy</source>
        <translation>Premier jour du pouvoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day of the proxy</source>
        <translation>Dernier jour du pouvoir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel: give no proxy</source>
        <translation>Annuler : ne donner aucun pouvoir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give my proxy to %1</source>
        <translation>Donner mon pouvoir à %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../desktop/ui/about_dialog.py" line="+51"/>
        <location filename="../../desktop/ui/tour_dialog.py" line="+144"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Quorum</source>
        <translation>À &amp;propos de Quorum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy &amp;diagnostic information</source>
        <translation>Copier les informations de &amp;diagnostic</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Diagnostic information copied: paste it into your message to support.</source>
        <translation>Informations de diagnostic copiées : collez-les dans votre message à l&apos;assistance.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/tour_dialog.py" line="+27"/>
        <source>Guided &amp;tour</source>
        <translation>&amp;Visite guidée</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../desktop/ui/conv_dialogs.py" line="+19"/>
        <source>Earlier versions of the message</source>
        <translation>Versions précédentes du message</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written %1</source>
        <translation>Écrit %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No earlier version.</source>
        <translation>Aucune version précédente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the earlier versions</source>
        <translation>Fermer les versions précédentes</translation>
    </message>
</context>
<context>
    <name>IdeaDetail</name>
    <message>
        <location filename="../../desktop/ui/idea_detail.py" line="+111"/>
        <source>Send again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give up on it</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Support</source>
        <translation>Soutenir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Support this idea</source>
        <translation>Soutenir cette idée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the status…</source>
        <translation>Changer l&apos;état…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status and give a public answer</source>
        <translation>Changer l&apos;état et donner une réponse publique</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your comment</source>
        <translation>Votre commentaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a comment (Ctrl+Enter to send)</source>
        <translation>Écrivez un commentaire (Ctrl+Entrée pour l&apos;envoyer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send the comment</source>
        <translation>Envoyer le commentaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Co&amp;mment:</source>
        <translation>Co&amp;mmentaire :</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose an idea in the list.</source>
        <translation>Choisissez une idée dans la liste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The text of the idea is shown here.</source>
        <translation>Le texte de l&apos;idée s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Answer: %1</source>
        <translation>Réponse : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2, by %3)</source>
        <translation>%1 (%2, par %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This idea was not sent: %1</source>
        <translation>Cette idée n&apos;a pas été envoyée : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your comment was not sent: %1</source>
        <translation>Votre commentaire n&apos;a pas été envoyé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This idea: %1</source>
        <translation>Cette idée : %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>You cannot support your own idea.</source>
        <translation>Vous ne pouvez pas soutenir votre propre idée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: you can support an idea only once.</source>
        <translation>%1 : vous ne pouvez soutenir une idée qu&apos;une seule fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This idea was not sent.</source>
        <translation>Cette idée n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Support this idea (once)</source>
        <translation>Soutenir cette idée (une seule fois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You can support it once.</source>
        <translation>Vous pouvez la soutenir une fois.</translation>
    </message>
</context>
<context>
    <name>IdeaListModel</name>
    <message>
        <location filename="../../desktop/ui/idea_models.py" line="+190"/>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>IdeaText</name>
    <message>
        <location filename="../../desktop/ui/idea_detail.py" line="-188"/>
        <source>Text of the idea and its comments</source>
        <translation>Texte de l&apos;idée et ses commentaires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comments (%1)</source>
        <translation>Commentaires (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No comment yet</source>
        <translation>Aucun commentaire pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Ideas</name>
    <message>
        <location filename="../../desktop/ui/idea_models.py" line="-142"/>
        <source>New</source>
        <extracomment>The statuses in the order of an idea&apos;s life (protocol.network.IdeaStatus values). A symbol for each status, always shown beside its word. Sort orders of the list (IdeaBoxApi.ideas ``sort``).</extracomment>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under review</source>
        <translation>À l&apos;étude</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>Retenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>Non retenue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n support(s)</source>
        <translation>
            <numerusform>%n soutien</numerusform>
            <numerusform>%n soutiens</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>you already support this idea.</source>
        <translation>vous soutenez déjà cette idée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you cannot support your own idea.</source>
        <translation>vous ne pouvez pas soutenir votre propre idée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only the secretariat or the committee&apos;s chair may change the status.</source>
        <translation>seuls le secrétariat ou le président de la commission peuvent changer l&apos;état.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>only members with an announcer role may post announcements.</source>
        <translation>seuls les membres chargés des annonces peuvent en publier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this announcement does not ask for an acknowledgement.</source>
        <translation>cette annonce ne demande pas de confirmation de lecture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it no longer exists, or you are no longer a member of its committee.</source>
        <translation>elle n&apos;existe plus, ou vous n&apos;êtes plus membre de sa commission.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you are not allowed to do this.</source>
        <translation>vous n&apos;avez pas l&apos;autorisation de le faire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server already has something with this number.</source>
        <translation>le serveur a déjà un élément avec ce numéro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not accept the text.</source>
        <translation>le serveur n&apos;a pas accepté le texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text is empty.</source>
        <translation>le texte est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the text is too long.</source>
        <translation>le texte est trop long.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a choice is not valid.</source>
        <translation>un choix n&apos;est pas valable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are not signed in.</source>
        <translation>vous n&apos;êtes pas connecté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you are not a member of this committee.</source>
        <translation>vous n&apos;êtes pas membre de cette commission.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only its author or the secretariat may do this.</source>
        <translation>seuls son auteur ou le secrétariat peuvent le faire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this idea is no longer on this computer.</source>
        <translation>cette idée n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this announcement is no longer on this computer.</source>
        <translation>cette annonce n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the server refused it.</source>
        <translation>le serveur l&apos;a refusé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2 · by %3 · %4</source>
        <translation>%1 · %2 · par %3 · %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your request</source>
        <translation>Votre demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your idea</source>
        <translation>Votre idée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You support it</source>
        <translation>Vous la soutenez</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n commentaire</numerusform>
            <numerusform>%n commentaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdeasView</name>
    <message>
        <location filename="../../desktop/ui/ideas_view.py" line="+52"/>
        <source>Ideas</source>
        <extracomment>Scope filter data: every scope, and the organisation&apos;s own ideas.</extracomment>
        <translation>Idées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No idea matches these choices yet.</source>
        <translation>Aucune idée ne correspond encore à ces choix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show ideas with the status</source>
        <translation>Afficher les idées dans l&apos;état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show ideas of</source>
        <translation>Afficher les idées de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the ideas</source>
        <translation>Ordre des idées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most supported first</source>
        <translation>Les plus soutenues d&apos;abord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Most recent first</source>
        <translation>Les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New idea…</source>
        <translation>Nouvelle idée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit an idea or a request (Ctrl+N)</source>
        <translation>Proposer une idée ou une demande (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Idea box</source>
        <translation>Boîte à idées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where:</source>
        <translation>&amp;Où :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Order:</source>
        <translation>O&amp;rdre :</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Whole organisation</source>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Not done: %1</source>
        <translation>Non effectué : %1</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <location filename="../../desktop/ui/invitation_dialog.py" line="+63"/>
        <source>Accept an invitation</source>
        <extracomment>(email, password) when the password was chosen but signing in needs the code of the member&apos;s authenticator app: the sign-in dialog takes over from there.</extracomment>
        <translation>Accepter une invitation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your secretariat sent you an invitation with a code. Type the server address and the code, then choose your password: nobody else will know it.</source>
        <translation>Votre secrétariat vous a envoyé une invitation avec un code. Saisissez l&apos;adresse du serveur et le code, puis choisissez votre mot de passe : personne d&apos;autre ne le connaîtra.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation code</source>
        <translation>Code d&apos;invitation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example K7QM-3XPA-9DHT</source>
        <translation>par exemple K7QM-3XPA-9DHT</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least %1 characters.</source>
        <translation>Au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New password, again</source>
        <translation>Nouveau mot de passe, une seconde fois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invitation &amp;code:</source>
        <translation>&amp;Code d&apos;invitation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>C&amp;onfirmation :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+104"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the invitation</source>
        <translation>Annuler l&apos;invitation</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Type the address of your organisation&apos;s server.</source>
        <translation>Saisissez l&apos;adresse du serveur de votre organisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type the code of your invitation.</source>
        <translation>Saisissez le code de votre invitation.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invitation for %1 (%2), %3. Valid until %4. Choose a new password.</source>
        <translation>Invitation pour %1 (%2), %3. Valable jusqu&apos;au %4. Choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invitation for %1 (%2) to join %3 on Quorum. Valid until %4.</source>
        <translation>Invitation pour %1 (%2) à rejoindre %3 sur Quorum. Valable jusqu&apos;au %4.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose a password of at least %1 characters.</source>
        <translation>Choisissez un mot de passe d&apos;au moins %1 caractères.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The two passwords differ: type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent : saisissez deux fois le même.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose and sign in</source>
        <translation>Choisir et se connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the invitation code</source>
        <translation>Vérifier le code d&apos;invitation</translation>
    </message>
</context>
<context>
    <name>InviteDialog</name>
    <message>
        <location filename="../../desktop/ui/invite_dialog.py" line="+56"/>
        <source>Invite a member</source>
        <extracomment>invite(request) -&gt; the created invitation; runs in the worker.</extracomment>
        <translation>Inviter un membre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quorum makes a one-time code and a link for the member, valid for the days you choose. Give them by any channel: the member chooses their own password.</source>
        <translation>Quorum crée pour le membre un code à usage unique et un lien, valables le nombre de jours choisi. Transmettez-les par le moyen de votre choix : le membre choisit lui-même son mot de passe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needed for a new member.</source>
        <translation>Nécessaire pour un nouveau membre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid for, in days</source>
        <translation>Durée de validité, en jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Committees the member joins</source>
        <translation>Commissions que le membre rejoint</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Committees:</source>
        <translation>&amp;Commissions :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Valid for:</source>
        <translation>&amp;Valable :</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy the &amp;link</source>
        <translation>Copier le &amp;lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the c&amp;ode</source>
        <translation>Copier le c&amp;ode</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Invite</source>
        <translation>Invi&amp;ter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send the invitation</source>
        <translation>Envoyer l&apos;invitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the invitation window</source>
        <translation>Fermer la fenêtre d&apos;invitation</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type the member&apos;s email address, for example marie@example.fr.</source>
        <translation>Saisissez l&apos;adresse e-mail du membre, par exemple marie@exemple.fr.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invitation for %1 (%2), valid until %3.
Code: %4
Link: %5
Give the member the link, or the code with the server address.</source>
        <translation>Invitation pour %1 (%2), valable jusqu&apos;au %3.
Code : %4
Lien : %5
Donnez au membre le lien, ou le code avec l&apos;adresse du serveur.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Invite a member…</source>
        <translation>&amp;Inviter un membre…</translation>
    </message>
</context>
<context>
    <name>KeepOffline</name>
    <message>
        <location filename="../../desktop/ui/offline_widgets.py" line="+33"/>
        <source>&amp;Keep offline</source>
        <extracomment>The sha256 of a document just pinned and not yet offline: to download at once.</extracomment>
        <translation>&amp;Garder hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this document offline</source>
        <translation>Garder ce document hors ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept in the cache whatever the storage limit and the retention rule</source>
        <translation>Conservé sur cet ordinateur quelle que soit la limite d&apos;espace ou la durée de conservation</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Available offline</source>
        <translation>Disponible hors ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet offline</source>
        <translation>Pas encore hors ligne</translation>
    </message>
</context>
<context>
    <name>LanguageSection</name>
    <message>
        <location filename="../../desktop/ui/settings_pages.py" line="+17"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language of Quorum</source>
        <translation>Langue de Quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applies the next time you start Quorum</source>
        <translation>S&apos;applique la prochaine fois que vous ouvrirez Quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as this computer</source>
        <translation>Celle de cet ordinateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The new language applies the next time you start Quorum.</source>
        <translation>La nouvelle langue s&apos;appliquera la prochaine fois que vous ouvrirez Quorum.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue :</translation>
    </message>
</context>
<context>
    <name>LinkConfirmation</name>
    <message>
        <location filename="../../desktop/ui/reader.py" line="-107"/>
        <source>Open a link</source>
        <extracomment>The widest the text column grows, in average characters: long lines tire the eye. Reader text size (points); the rest of the app uses at least 11.</extracomment>
        <translation>Ouvrir un lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This link leads outside Quorum. Open it?</source>
        <translation>Ce lien mène en dehors de Quorum. Voulez-vous l&apos;ouvrir ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full address: %1</source>
        <translation>Adresse complète : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the link</source>
        <translation>Ouvrir le lien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not open</source>
        <translation>Ne pas ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the link to %1</source>
        <translation>Ouvrir le lien vers %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not open the link</source>
        <translation>Ne pas ouvrir le lien</translation>
    </message>
</context>
<context>
    <name>LiveAnnouncer</name>
    <message numerus="yes">
        <location filename="../../desktop/ui/live_announcer.py" line="+151"/>
        <source>%n new repl(y|ies) in this thread</source>
        <extracomment>A vote closing sooner than this, still waiting for the member&apos;s vote, is announced once. How often the deadlines are looked at, in milliseconds. The start of a message read out, in characters. How many things were said (the words themselves are not kept).</extracomment>
        <translation>
            <numerusform>%n nouvelle réponse dans ce fil</numerusform>
            <numerusform>%n nouvelles réponses dans ce fil</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n new message(s) in this conversation</source>
        <translation>
            <numerusform>%n nouveau message dans cette conversation</numerusform>
            <numerusform>%n nouveaux messages dans cette conversation</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1. The latest, from %2: %3</source>
        <translation>%1. Le dernier envoi, de %2 : %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New reply from %1: %2</source>
        <translation>Nouvelle réponse de %1 : %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New message from %1: %2</source>
        <translation>Nouveau message de %1 : %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The vote “%1” %2 and waits for your vote.</source>
        <translation>Le vote « %1 » %2 et attend votre choix.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sync failed. %1</source>
        <translation>La synchronisation a échoué. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quorum will try again by itself; what you do meanwhile waits on this computer.</source>
        <translation>Quorum réessaiera de lui-même ; ce que vous faites en attendant reste sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../desktop/ui/lock_screen.py" line="+37"/>
        <source>Quorum is locked</source>
        <translation>Quorum est verrouillé</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+81"/>
        <source>To see your documents again, type your Quorum password.</source>
        <translation>Pour revoir vos documents, saisissez votre mot de passe Quorum.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Sign in online</source>
        <translation>Se connecter en ligne</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>To unlock Quorum, sign in again with your password: this computer needs to reach your organisation&apos;s server.</source>
        <translation>Pour déverrouiller Quorum, reconnectez-vous avec votre mot de passe : cet ordinateur doit pouvoir joindre le serveur de votre organisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quorum cannot check your password on this computer alone.</source>
        <translation>Quorum ne peut pas vérifier votre mot de passe sur cet ordinateur seul.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Wrong password five times. For your safety, you must now sign in again with the server.</source>
        <translation>Mot de passe incorrect cinq fois. Pour votre sécurité, vous devez maintenant vous reconnecter auprès du serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrong password. You have one try left.</source>
        <translation>Mot de passe incorrect. Il vous reste un essai.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong password. You have %1 tries left.</source>
        <translation>Mot de passe incorrect. Il vous reste %1 essais.</translation>
    </message>
</context>
<context>
    <name>LockSection</name>
    <message>
        <location filename="../../desktop/ui/settings_pages.py" line="+19"/>
        <source>Locking</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock Quorum after</source>
        <translation>Verrouiller Quorum après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the longest allowed)</source>
        <translation>%1 (le plus long autorisé)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum locks itself when you leave this computer: choose after how long without using the keyboard or the mouse. Your organisation allows at most %1.</source>
        <translation>Quorum se verrouille quand vous vous éloignez de cet ordinateur : choisissez après combien de temps sans utiliser le clavier ni la souris. Votre organisation autorise au plus %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock &amp;after:</source>
        <translation>&amp;Verrouiller après :</translation>
    </message>
</context>
<context>
    <name>LockSettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/lock_settings.py" line="+27"/>
        <source>Lock delay</source>
        <extracomment>The delays offered, in minutes (those under the organisation&apos;s longest).</extracomment>
        <translation>Délai de verrouillage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quorum locks itself when you leave this computer: choose after how long without using the keyboard or the mouse. Your organisation allows at most %1.</source>
        <translation>Quorum se verrouille quand vous quittez cet ordinateur : choisissez au bout de combien de temps sans utiliser le clavier ni la souris. Votre organisation autorise au plus %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+20"/>
        <source>Lock Quorum after</source>
        <translation>Verrouiller Quorum après</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>%1 (the longest allowed)</source>
        <translation>%1 (le plus long autorisé)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the lock delay</source>
        <translation>Enregistrer le délai de verrouillage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel, keep the delay as it was</source>
        <translation>Annuler, garder le délai actuel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>one minute</source>
        <translation>une minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one hour</source>
        <translation>une heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
</context>
<context>
    <name>LockWiring</name>
    <message>
        <location filename="../../desktop/ui/lock_wiring.py" line="+56"/>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lock Quorum now (Ctrl+L)</source>
        <translation>Verrouiller Quorum maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loc&amp;k delay…</source>
        <translation>&amp;Délai de verrouillage…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="+112"/>
        <location line="+30"/>
        <source>Committees</source>
        <extracomment>The narrowest the committee and document lists get (pixels).</extracomment>
        <translation>Commissions</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/lock_wiring.py" line="+155"/>
        <location line="+2"/>
        <location filename="../../desktop/ui/main_window.py" line="-24"/>
        <location line="+25"/>
        <source>Documents</source>
        <extracomment>Who locked: (member id, server), to tell whether &quot;Sign in online&quot; let in another one.</extracomment>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="-20"/>
        <source>No documents here yet.
They will appear after the next sync.</source>
        <translation>Aucun document pour l&apos;instant.
Ils apparaîtront à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Whole organisation</source>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now (Ctrl+R or F5)</source>
        <translation>Synchroniser maintenant (Ctrl+R ou F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;in again…</source>
        <translation>Se &amp;reconnecter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;maller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refused items…</source>
        <translation>Envois &amp;refusés…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the server refused (Ctrl+Shift+O)</source>
        <translation>Ce que le serveur a refusé (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the documents (Ctrl+1)</source>
        <translation>Lire les documents (Ctrl+1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>V&amp;otes</source>
        <translation>&amp;Votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote, see results and proxies (Ctrl+2)</source>
        <translation>Voter, voir les résultats et les pouvoirs (Ctrl+2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Quorum — %1</source>
        <translation>Quorum — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Documents of %1</source>
        <translation>Documents : %1</translation>
    </message>
</context>
<context>
    <name>ManagePanel</name>
    <message>
        <location filename="../../desktop/ui/votes_manage.py" line="+78"/>
        <source>Secretariat:</source>
        <translation>Secrétariat :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the vote…</source>
        <translation>&amp;Ouvrir le vote…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close &amp;now</source>
        <translation>&amp;Clore maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xtend…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Publish the results</source>
        <translation>Pu&amp;blier les résultats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the vote</source>
        <translation>Annuler le vote</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Open the vote</source>
        <translation>Ouvrir le vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend the vote</source>
        <translation>Prolonger le vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen the vote</source>
        <translation>Rouvrir le vote</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Please confirm</source>
        <translation>Merci de confirmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>No, go back</source>
        <translation>Non, revenir</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close the vote “%1” now, before its deadline?</source>
        <translation>Clore le vote « %1 » maintenant, avant son échéance ?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, close it now</source>
        <translation>Oui, le clore maintenant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel the vote “%1”? Its ballots will not count.</source>
        <translation>Annuler le vote « %1 » ? Ses bulletins ne compteront pas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, cancel the vote</source>
        <translation>Oui, annuler le vote</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <location filename="../../desktop/ui/meeting_detail.py" line="+82"/>
        <source>Join the video meeting…</source>
        <extracomment>The link an agenda row leads to (&quot;quorum://document/ID&quot;, &quot;quorum://motion/ID&quot;, an action). Markdown emphasis and heading marks, left out of the notes&apos; one-line summary. How much of an agenda item&apos;s notes its row shows (the whole text is its tooltip). Titles of what an agenda names: (kind, id) -&gt; title, None when not in the cache.</extracomment>
        <translation>Rejoindre la visioconférence…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the video meeting</source>
        <translation>Rejoindre la visioconférence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the full address and asks before opening it</source>
        <translation>Affiche l&apos;adresse complète et vous demande avant de l&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda, documents, votes and actions</source>
        <translation>Ordre du jour, documents, votes et actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Point</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enter opens the chosen document, vote or action.</source>
        <translation>La touche Entrée ouvre le document, le vote ou l&apos;action choisi.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose a meeting in the list.</source>
        <translation>Choisissez une réunion dans la liste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+64"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Status: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Video link: %1</source>
        <translation>Lien de visioconférence : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minutes: %1</source>
        <translation>Procès-verbal : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The agenda is not published yet.</source>
        <translation>L&apos;ordre du jour n&apos;est pas encore publié.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (presented by %2)</source>
        <translation>%1 (présenté par %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document: %1</source>
        <translation>Document : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a vote not available here</source>
        <translation>un vote qui n&apos;est pas disponible ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote: %1</source>
        <translation>Vote : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No document for this item</source>
        <translation>Aucun document pour ce point</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a document not available here</source>
        <translation>un document qui n&apos;est pas disponible ici</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — PDF, %2 pages</source>
        <translation>%1 — PDF, %2 pages</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actions decided (%1)</source>
        <translation>Actions décidées (%1)</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <location filename="../../desktop/ui/meeting_models.py" line="+132"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✓ Offline</source>
        <translation>✓ Hors ligne</translation>
    </message>
</context>
<context>
    <name>Meetings</name>
    <message>
        <location line="-110"/>
        <source>Scheduled</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>dddd d MMMM yyyy</source>
        <translation>dddd d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1, %2 to %3</source>
        <translation>%1, de %2 à %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No document in the board pack yet</source>
        <translation>Aucun document dans le dossier de séance pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 document(s) available offline</source>
        <translation>%1 sur %2 document(s) disponible(s) hors ligne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 KB</source>
        <translation>%1 Ko</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ Available offline</source>
        <translation>✓ Disponible hors ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↓ To download</source>
        <translation>↓ À télécharger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, and by video</source>
        <translation>%1, et en visioconférence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By video</source>
        <translation>En visioconférence</translation>
    </message>
</context>
<context>
    <name>MeetingsView</name>
    <message>
        <location filename="../../desktop/ui/meetings_view.py" line="+46"/>
        <source>Upcoming meetings</source>
        <translation>Prochaines réunions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Past meetings</source>
        <translation>Réunions passées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No meeting planned yet.</source>
        <translation>Aucune réunion prévue pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No past meeting.</source>
        <translation>Aucune réunion passée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Meetings</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Past</source>
        <translation>Passées</translation>
    </message>
</context>
<context>
    <name>MeetingsWiring</name>
    <message>
        <location filename="../../desktop/ui/meetings_wiring.py" line="+65"/>
        <source>M&amp;eetings</source>
        <translation>Réunion&amp;s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Meetings, agendas and board packs (Ctrl+7)</source>
        <translation>Réunions, ordres du jour et dossiers de séance (Ctrl+7)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>M&amp;y actions</source>
        <translation>&amp;Mes actions</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The actions in your charge (Ctrl+8)</source>
        <translation>Les actions qui vous sont confiées (Ctrl+8)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Whole organisation</source>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (you)</source>
        <translation>%1 (vous)</translation>
    </message>
</context>
<context>
    <name>MessageActions</name>
    <message>
        <location filename="../../desktop/ui/conv_actions.py" line="+18"/>
        <source>&amp;Reply in a thread</source>
        <translation>&amp;Répondre dans le fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit my message…</source>
        <translation>&amp;Modifier mon message…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete my message…</source>
        <translation>&amp;Supprimer mon message…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+67"/>
        <source>&amp;Pin the message</source>
        <translation>É&amp;pingler le message</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>&amp;Copy a link to it</source>
        <translation>&amp;Copier un lien vers le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See earlier &amp;versions…</source>
        <translation>Voir les &amp;versions précédentes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions on the message…</source>
        <translation>Actions sur le message…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New conversation…</source>
        <translation>&amp;Nouvelle conversation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M&amp;ute or unmute</source>
        <translation>Mettre en so&amp;urdine ou réactiver</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Actions on the message</source>
        <translation>Actions sur le message</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Un&amp;pin the message</source>
        <translation>Dé&amp;sépingler le message</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the link “%1”</source>
        <translation>Ouvrir le lien « %1 »</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retry sending</source>
        <translation>Réessayer l&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard it</source>
        <translation>L&apos;abandonner</translation>
    </message>
</context>
<context>
    <name>MotionDetail</name>
    <message>
        <location filename="../../desktop/ui/votes_detail.py" line="+80"/>
        <location line="+52"/>
        <source>See the &amp;results</source>
        <translation>Voir les &amp;résultats</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>&amp;Give my proxy for this vote…</source>
        <translation>&amp;Donner mon pouvoir pour ce vote…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose a vote in the list.</source>
        <translation>Choisissez un vote dans la liste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The text of the motion is shown here.</source>
        <translation>Le texte de la résolution s&apos;affiche ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change my vote…</source>
        <translation>Changer mon vote…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote…</source>
        <translation>Voter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 on “%2”</source>
        <translation>%1 sur « %2 »</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>See the &amp;results so far</source>
        <translation>Voir les &amp;résultats en cours</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+64"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>For %1: %2</source>
        <translation>Pour %1 : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vote on behalf of %1…</source>
        <translation>Voter pour le compte de %1…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 gave you their proxy. %2</source>
        <translation>%1 vous a donné son pouvoir. %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>History of this vote</source>
        <translation>Historique de ce vote</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vote created</source>
        <translation>Vote créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote opened</source>
        <translation>Vote ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline extended</source>
        <translation>Échéance prolongée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote closed</source>
        <translation>Vote clos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote reopened</source>
        <translation>Vote rouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results published</source>
        <translation>Résultats publiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote cancelled</source>
        <translation>Vote annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text changed: earlier ballots no longer count</source>
        <translation>Texte modifié : les bulletins précédents ne comptent plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List of voters changed</source>
        <translation>Liste des votants modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy given</source>
        <translation>Pouvoir donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy withdrawn</source>
        <translation>Pouvoir retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ballot was cast</source>
        <translation>Un bulletin a été déposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A ballot was changed</source>
        <translation>Un bulletin a été modifié</translation>
    </message>
</context>
<context>
    <name>MotionEditor</name>
    <message>
        <location filename="../../desktop/ui/motion_editor.py" line="+96"/>
        <location line="+5"/>
        <source>New vote</source>
        <extracomment>The quorums offered, as (numerator, denominator); None: no quorum.</extracomment>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who votes</source>
        <translation>Qui vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title of the vote</source>
        <translation>Titre du vote</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text of the motion</source>
        <translation>Texte de la résolution</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind of vote</source>
        <translation>Type de vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution (for, against, abstain)</source>
        <translation>Résolution (pour, contre, abstention)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice between options</source>
        <translation>Choix entre plusieurs options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election of people</source>
        <translation>Élection de personnes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open or secret ballot</source>
        <translation>Vote à main levée ou à bulletin secret</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open ballot (named)</source>
        <translation>Vote nominatif (à main levée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret ballot</source>
        <translation>Vote à bulletin secret</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Options or candidates, one per line</source>
        <translation>Options ou candidats, un par ligne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How many each member may choose</source>
        <translation>Combien chaque membre peut en choisir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who &amp;votes:</source>
        <translation>Qui &amp;vote :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ballot:</source>
        <translation>&amp;Bulletin :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Options (one per line):</source>
        <translation>&amp;Options (une par ligne) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How many may be chosen:</source>
        <translation>&amp;Nombre de choix possibles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Closes on:</source>
        <translation>&amp;Se termine le :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel: create nothing</source>
        <translation>Annuler : ne rien créer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create as a draft</source>
        <translation>Créer comme brouillon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Create and open the vote</source>
        <translation>Créer et ouvrir le vote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create the vote and open it now</source>
        <translation>Créer le vote et l&apos;ouvrir maintenant</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use the organisation&apos;s usual rules</source>
        <translation>Appliquer les règles habituelles de l&apos;organisation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No quorum</source>
        <translation>Pas de quorum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the voters take part</source>
        <translation>%1 des votants participent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Majority</source>
        <translation>Majorité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simple (more for than against)</source>
        <translation>Simple (plus de pour que de contre)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absolute (more than half of those entitled to vote)</source>
        <translation>Absolue (plus de la moitié des membres appelés à voter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two thirds of the votes cast</source>
        <translation>Deux tiers des suffrages exprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relative (most votes wins)</source>
        <translation>Relative (le plus de voix l&apos;emporte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members may change their vote until the close</source>
        <translation>Les membres peuvent changer leur vote jusqu&apos;à la clôture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proxies allowed</source>
        <translation>Pouvoirs autorisés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quorum:</source>
        <translation>&amp;Quorum :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Majority:</source>
        <translation>&amp;Majorité :</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Give the vote a title.</source>
        <translation>Donnez un titre au vote.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List at least two options or candidates, one per line.</source>
        <translation>Indiquez au moins deux options ou candidats, un par ligne.</translation>
    </message>
</context>
<context>
    <name>MotionListModel</name>
    <message>
        <location filename="../../desktop/ui/votes_models.py" line="+132"/>
        <source>Results not published</source>
        <translation>Résultats non publiés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft: not open yet</source>
        <translation>Brouillon : pas encore ouvert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>For %1: %2</source>
        <translation>Pour %1 : %2</translation>
    </message>
</context>
<context>
    <name>MotionText</name>
    <message>
        <location filename="../../desktop/ui/votes_widgets.py" line="+137"/>
        <source>Text of the motion</source>
        <extracomment>The smallest a voting button may be, in pixels: easy to hit with an unsteady hand.</extracomment>
        <translation>Texte de la résolution</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This motion has no further text.</source>
        <translation>Cette résolution n&apos;a pas d&apos;autre texte.</translation>
    </message>
</context>
<context>
    <name>MyDocCommentsDialog</name>
    <message>
        <location filename="../../desktop/ui/doc_comments_dialog.py" line="+37"/>
        <location line="+6"/>
        <source>Comments on my documents</source>
        <translation>Commentaires sur mes documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newest first. Press Enter on a comment to open its document.</source>
        <translation>Les plus récents d&apos;abord. Appuyez sur Entrée sur un commentaire pour ouvrir son document.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments on the documents you published, newest first</source>
        <translation>Commentaires sur les documents que vous avez publiés, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody has commented on your documents yet.</source>
        <translation>Personne n&apos;a encore commenté vos documents.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open the document</source>
        <translation>&amp;Ouvrir le document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the document of the chosen comment</source>
        <translation>Ouvrir le document du commentaire choisi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the comments on my documents</source>
        <translation>Fermer les commentaires sur mes documents</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a reply</source>
        <translation>une réponse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>On %1. %2. %3</source>
        <translation>Sur %1. %2. %3</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Comments on my &amp;documents…</source>
        <translation>Commentaires sur mes &amp;documents…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every comment on the documents you published</source>
        <translation>Tous les commentaires sur les documents que vous avez publiés</translation>
    </message>
</context>
<context>
    <name>NetworkWiring</name>
    <message>
        <location filename="../../desktop/ui/conv_wiring.py" line="+79"/>
        <source>&amp;Conversations</source>
        <extracomment>Where the daily summary of notifications leads (``desktop.cache.notify``).</extracomment>
        <translation>&amp;Conversations</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Talk in your committees (Ctrl+3)</source>
        <translation>Échanger dans vos commissions (Ctrl+3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Idea box</source>
        <translation>Boîte à &amp;idées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ideas and requests (Ctrl+4)</source>
        <translation>Idées et demandes (Ctrl+4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Announcements</source>
        <translation>&amp;Annonces</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Announcements to read (Ctrl+5)</source>
        <translation>Annonces à lire (Ctrl+5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+78"/>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>What concerns you (Ctrl+6)</source>
        <translation>Ce qui vous concerne (Ctrl+6)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the documents, votes, messages and ideas (Ctrl+Shift+F)</source>
        <translation>Rechercher dans les documents, votes, messages et idées (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&amp;Notifications (%1)</source>
        <translation>&amp;Notifications (%1)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Link not opened</source>
        <translation>Lien non ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum cannot open this link: %1</source>
        <translation>Quorum ne peut pas ouvrir ce lien : %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Whole organisation</source>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Document · %1</source>
        <translation>Document · %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
</context>
<context>
    <name>NewActionDialog</name>
    <message>
        <location filename="../../desktop/ui/action_dialog.py" line="+63"/>
        <location line="+6"/>
        <source>New action</source>
        <extracomment>(committee id or None for the organisation, name) (member id, name)</extracomment>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people in charge see it in My actions and say how it goes.</source>
        <translation>Les responsables la voient dans « Mes actions » et indiquent où elle en est.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title of the action</source>
        <translation>Titre de l&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee of the action</source>
        <translation>Commission de l&apos;action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Committee:</source>
        <translation>&amp;Commission :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People in charge (Space ticks a name)</source>
        <translation>Responsables (la barre d&apos;espace coche un nom)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In c&amp;harge:</source>
        <translation>&amp;Responsables :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due date:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The action has a due date</source>
        <translation>L&apos;action a une échéance</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description (Markdown, optional)</source>
        <translation>Description (facultative)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is to be done, and how.</source>
        <translation>Ce qu&apos;il faut faire, et comment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+1"/>
        <source>Record the action</source>
        <translation>Enregistrer l&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent at the next sync (Ctrl+Enter)</source>
        <translation>Envoyée à la prochaine synchronisation (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel without recording</source>
        <translation>Annuler sans enregistrer</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Write a title before recording the action.</source>
        <translation>Écrivez un titre avant d&apos;enregistrer l&apos;action.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tick at least one person in charge.</source>
        <translation>Cochez au moins un responsable.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not recorded: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>NewAnnouncementDialog</name>
    <message>
        <location filename="../../desktop/ui/announcement_dialog.py" line="-89"/>
        <location line="+6"/>
        <source>New announcement</source>
        <translation>Nouvelle annonce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who it is for</source>
        <translation>À qui elle s&apos;adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;For:</source>
        <translation>&amp;Pour :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the announcement (Markdown)</source>
        <translation>Texte de l&apos;annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask for a read &amp;confirmation</source>
        <translation>Demander une &amp;confirmation de lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for a read confirmation</source>
        <translation>Demander une confirmation de lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone it is for is asked to confirm they have read it; you see who has.</source>
        <translation>Chaque destinataire est invité à confirmer sa lecture ; vous voyez qui l&apos;a fait.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Post</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post the announcement</source>
        <translation>Publier l&apos;annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent at the next sync (Ctrl+Enter)</source>
        <translation>Envoyée à la prochaine synchronisation (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel without posting</source>
        <translation>Annuler sans publier</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write a title and a text before posting.</source>
        <translation>Écrivez un titre et un texte avant de publier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not posted: %1</source>
        <translation>Non publiée : %1</translation>
    </message>
</context>
<context>
    <name>NewConversationDialog</name>
    <message>
        <location filename="../../desktop/ui/conversation_dialog.py" line="+30"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the people to talk with (Space ticks a name). Only they will see it.</source>
        <translation>Choisissez les personnes avec qui échanger (la barre d&apos;espace coche un nom). Elles seules verront la conversation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search for a person</source>
        <translation>Chercher une personne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name to search</source>
        <translation>Tapez un nom pour chercher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Title of the conversation (optional)</source>
        <translation>Titre de la conversation (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: named after the people otherwise</source>
        <translation>Facultatif : sinon, elle porte le nom des personnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Start the conversation</source>
        <translation>&amp;Commencer la conversation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start the conversation</source>
        <translation>Commencer la conversation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel, start no conversation</source>
        <translation>Annuler, ne pas commencer de conversation</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Nobody chosen yet.</source>
        <translation>Personne n&apos;est encore choisi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 people besides you.</source>
        <translation>Au plus %1 personnes en plus de vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With: %1</source>
        <translation>Avec : %1</translation>
    </message>
</context>
<context>
    <name>NewIdeaDialog</name>
    <message>
        <location filename="../../desktop/ui/idea_dialog.py" line="+85"/>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New idea or request</source>
        <translation>Nouvelle idée ou demande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The members of the committee you choose (or of the whole organisation) can read it, support it and comment on it. The secretariat or the committee&apos;s chair answers it.</source>
        <translation>Les membres de la commission choisie (ou de toute l&apos;organisation) peuvent la lire, la soutenir et la commenter. Le secrétariat ou le président de la commission y répond.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Where to submit it</source>
        <translation>Où la proposer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Submit to:</source>
        <translation>&amp;Proposer à :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An &amp;idea</source>
        <translation>Une &amp;idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;request</source>
        <translation>Une &amp;demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An idea: a suggestion to improve things</source>
        <translation>Une idée : une suggestion pour améliorer les choses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A request: something you ask for</source>
        <translation>Une demande : quelque chose que vous demandez</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>It is:</source>
        <translation>C&apos;est :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the idea (Markdown)</source>
        <translation>Texte de l&apos;idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Explain your idea or your request.</source>
        <translation>Expliquez votre idée ou votre demande.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Submit</source>
        <translation>Proposer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submit the idea</source>
        <translation>Proposer l&apos;idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent at the next sync (Ctrl+Enter)</source>
        <translation>Envoyée à la prochaine synchronisation (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel without submitting</source>
        <translation>Annuler sans proposer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Write a title and a text before submitting.</source>
        <translation>Écrivez un titre et un texte avant de proposer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not submitted: %1</source>
        <translation>Non proposée : %1</translation>
    </message>
</context>
<context>
    <name>NotesTab</name>
    <message>
        <location filename="../../desktop/ui/doc_notes.py" line="+54"/>
        <source>Private: visible to you alone, on your devices.</source>
        <extracomment>How much of a note&apos;s text its row shows.</extracomment>
        <translation>Privées : visibles par vous seul, sur vos appareils.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>My notes on this document</source>
        <translation>Mes notes sur ce document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You have no note on this document yet.</source>
        <translation>Vous n&apos;avez pas encore de note sur ce document.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;New note…</source>
        <translation>&amp;Nouvelle note…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New note on the whole document</source>
        <translation>Nouvelle note sur l&apos;ensemble du document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note on this &amp;page…</source>
        <translation>Note sur cette &amp;page…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the chosen note</source>
        <translation>Modifier la note choisie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the chosen note</source>
        <translation>Supprimer la note choisie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete this note? It cannot be undone.</source>
        <translation>Supprimer cette note ? Vous ne pourrez pas revenir en arrière.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, delete it</source>
        <translation>Oui, la supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No, keep it</source>
        <translation>Non, la garder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Text of the note</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write your note (Ctrl+Enter to save)</source>
        <translation>Écrivez votre note (Ctrl+Entrée pour l&apos;enregistrer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the note</source>
        <translation>Annuler la note</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>New note on page %1</source>
        <translation>Nouvelle note sur la page %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Highlight · %1</source>
        <translation>Surlignage · %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No note yet (F2 to write one)</source>
        <translation>Pas encore de note (F2 pour en écrire une)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no text)</source>
        <translation>(sans texte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the page you are reading</source>
        <translation>Sur la page que vous lisez</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Edit your note on: %1</source>
        <translation>Modifier votre note sur : %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New note on: %1</source>
        <translation>Nouvelle note sur : %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write something first, or press Cancel.</source>
        <translation>Écrivez d&apos;abord quelque chose, ou appuyez sur Annuler.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not saved: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Delete your note on %1? It cannot be undone.</source>
        <translation>Supprimer votre note sur %1 ? Vous ne pourrez pas revenir en arrière.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not deleted: %1</source>
        <translation>Non supprimée : %1</translation>
    </message>
</context>
<context>
    <name>NotificationListModel</name>
    <message>
        <location filename="../../desktop/ui/notifications_view.py" line="+54"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>● New</source>
        <translation>● Nouveau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New: %1</source>
        <translation>Nouveau : %1</translation>
    </message>
</context>
<context>
    <name>NotificationsSection</name>
    <message>
        <location filename="../../desktop/ui/settings_pages.py" line="+18"/>
        <source>Desktop notifications</source>
        <translation>Notifications sur le bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;each one at once</source>
        <translation>Afficher &amp;chacune aussitôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One &amp;summary a day, at</source>
        <translation>Un &amp;résumé par jour, à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;None: only the Notifications list</source>
        <translation>&amp;Aucune : seulement la liste des notifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hour of the daily summary</source>
        <translation>Heure du résumé quotidien</translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <location filename="../../desktop/ui/notifications_view.py" line="+30"/>
        <source>Notifications, newest first</source>
        <extracomment>The last sentence said to a screen reader (also shown, for everyone).</extracomment>
        <translation>Notifications, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No notification yet.</source>
        <translation>Aucune notification pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Mark all as read</source>
        <translation>&amp;Tout marquer comme lu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark all notifications as read</source>
        <translation>Marquer toutes les notifications comme lues</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Desktop notifications</source>
        <translation>Notifications sur le bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;each one at once</source>
        <translation>Afficher &amp;chacune aussitôt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One &amp;summary a day, at</source>
        <translation>Un &amp;résumé par jour, à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;None: only this list</source>
        <translation>&amp;Aucune : seulement cette liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hour of the daily summary</source>
        <translation>Heure du résumé quotidien</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sa&amp;ve this choice</source>
        <translation>&amp;Enregistrer ce choix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the choice of desktop notifications</source>
        <translation>Enregistrer le choix des notifications sur le bureau</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notification non lue</numerusform>
            <numerusform>%n notifications non lues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything has been read.</source>
        <translation>Tout a été lu.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n nouvelle notification</numerusform>
            <numerusform>%n nouvelles notifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>OfflineWiring</name>
    <message>
        <location filename="../../desktop/ui/offline_wiring.py" line="+37"/>
        <source>&amp;Offline storage…</source>
        <extracomment>The use cases for the window&apos;s views: their downloads go before the background&apos;s.</extracomment>
        <translation>S&amp;tockage hors ligne…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space taken by documents kept offline, and its limit</source>
        <translation>Place prise par les documents gardés hors ligne, et sa limite</translation>
    </message>
</context>
<context>
    <name>OtpStep</name>
    <message>
        <location filename="../../desktop/ui/otp_step.py" line="+22"/>
        <source>Your account is protected by two-step verification. Open the authenticator app on your phone and type the 6-digit code it shows for Quorum. Without your phone, type one of your recovery codes.</source>
        <translation>Votre compte est protégé par la validation en deux étapes. Ouvrez l&apos;application d&apos;authentification de votre téléphone et tapez le code à 6 chiffres qu&apos;elle affiche pour Quorum. Sans votre téléphone, tapez l&apos;un de vos codes de secours.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Validation code</source>
        <translation>Code de validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>for example 123456</source>
        <translation>par exemple 123456</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Validation code:</source>
        <translation>Code de &amp;validation :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type the code your authenticator app shows.</source>
        <translation>Tapez le code affiché par votre application d&apos;authentification.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A code has 6 digits, such as 123456; a recovery code looks like ab23-cd45.</source>
        <translation>Un code a 6 chiffres, comme 123456 ; un code de secours ressemble à ab23-cd45.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This code is not right, or it has already been used. Wait for the next code in your authenticator app and type it. A recovery code works only once.</source>
        <translation>Ce code n&apos;est pas le bon, ou il a déjà servi. Attendez le code suivant dans votre application d&apos;authentification et tapez-le. Un code de secours ne sert qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your password is right. One more step: type your validation code.</source>
        <translation>Votre mot de passe est le bon. Encore une étape : tapez votre code de validation.</translation>
    </message>
</context>
<context>
    <name>OutcomePage</name>
    <message>
        <location filename="../../desktop/ui/vote_outcome.py" line="+43"/>
        <source>Your receipt code:</source>
        <translation>Votre code de reçu :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your receipt code</source>
        <translation>Votre code de reçu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write it down or keep it somewhere safe. After the vote closes, Quorum uses it to check that your ballot is in the published list, unchanged. The code does not tell anyone how you voted.</source>
        <translation>Notez-le ou gardez-le en lieu sûr. Après la clôture du vote, Quorum s&apos;en sert pour vérifier que votre bulletin figure, inchangé, dans la liste publiée. Ce code ne révèle à personne ce que vous avez voté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> (on behalf of %1)</source>
        <translation> (pour le compte de %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your vote%1: %2</source>
        <translation>Votre vote%1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your vote is waiting to be sent</source>
        <translation>Votre vote attend d&apos;être envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum sends it as soon as the server can be reached. %1</source>
        <translation>Quorum l&apos;envoie dès que le serveur est joignable. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Your vote has been counted</source>
        <translation>✓ Votre vote a été pris en compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server has received and recorded it.</source>
        <translation>Le serveur l&apos;a reçu et enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 You can still change it until the vote closes.</source>
        <translation>%1 Vous pouvez encore le changer jusqu&apos;à la clôture du vote.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✗ Your vote was not counted</source>
        <translation>✗ Votre vote n&apos;a pas été pris en compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Raison : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your vote</source>
        <translation>Votre vote</translation>
    </message>
</context>
<context>
    <name>PackDownload</name>
    <message>
        <location filename="../../desktop/ui/pack_download.py" line="+58"/>
        <location line="+1"/>
        <location line="+53"/>
        <source>Download the board pack</source>
        <translation>Télécharger le dossier de séance</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Every document of the meeting, to read offline</source>
        <translation>Tous les documents de la réunion, pour les lire hors ligne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Download progress</source>
        <translation>Progression du téléchargement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the download</source>
        <translation>Arrêter le téléchargement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What is received is kept</source>
        <translation>Ce qui est déjà reçu est gardé</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 (%2 to download)</source>
        <translation>%1 (%2 à télécharger)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Board pack available offline</source>
        <translation>Dossier de séance disponible hors ligne</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Downloading…</source>
        <translation>Téléchargement…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n file(s) could not be downloaded: %1</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être téléchargé : %1</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être téléchargés : %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download stopped. What was received is kept: it will resume.</source>
        <translation>Téléchargement arrêté. Ce qui est reçu est gardé : il reprendra là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the server cannot be reached. Try again when you are online.</source>
        <translation>le serveur est injoignable. Réessayez quand vous serez en ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>you need to sign in again.</source>
        <translation>vous devez vous reconnecter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the document is no longer available to you.</source>
        <translation>le document ne vous est plus accessible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file did not arrive whole. Try again later.</source>
        <translation>le fichier n&apos;est pas arrivé en entier. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The board pack could not be downloaded: %1</source>
        <translation>Le dossier de séance n&apos;a pas pu être téléchargé : %1</translation>
    </message>
</context>
<context>
    <name>PageColumn</name>
    <message>
        <location filename="../../desktop/ui/pdf_pages.py" line="+128"/>
        <source>Page %1</source>
        <extracomment>Space around and between pages (pixels). Zoom limits (pixels per PDF point) and the step of zoom in/out. Rendered page images kept at once. Search hits on this page, in PDF points; ``current`` is drawn stronger. The member&apos;s saved highlights and the mouse selection on this page, in PDF points.</extracomment>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="+41"/>
        <source>Choose a passphrase</source>
        <extracomment>Shorter passphrases are refused when choosing one.</extracomment>
        <translation>Choisir une phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum keeps a copy of your documents on this computer so that you can read them without a connection. This copy is locked, and this computer has no secure keychain to keep its key.

Choose a passphrase: Quorum will ask for it each time it starts. Write it down somewhere safe. If you lose it, nothing is lost for good: the copy is deleted and downloaded again from the server.</source>
        <translation>Quorum garde une copie de vos documents sur cet ordinateur pour que vous puissiez les lire sans connexion. Cette copie est verrouillée, et cet ordinateur n&apos;a pas de trousseau sécurisé pour en garder la clé.

Choisissez une phrase secrète : Quorum vous la demandera à chaque démarrage. Notez-la en lieu sûr. Si vous la perdez, rien n&apos;est perdu pour de bon : la copie est effacée puis téléchargée à nouveau depuis le serveur.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unlock your documents</source>
        <translation>Déverrouiller vos documents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the passphrase you chose to lock the copy of your documents on this computer.</source>
        <translation>Saisissez la phrase secrète que vous avez choisie pour verrouiller la copie de vos documents sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète, une seconde fois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Type it again:</source>
        <translation>&amp;Saisissez-la à nouveau :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This passphrase does not open the copy. Try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas la copie. Réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose this passphrase</source>
        <translation>Choisir cette phrase secrète</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Quorum</source>
        <translation>Quitter Quorum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have forgotten it…</source>
        <translation>Je l&apos;ai oubliée…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have forgotten the passphrase</source>
        <translation>J&apos;ai oublié la phrase secrète</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Type a passphrase.</source>
        <translation>Saisissez une phrase secrète.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>PdfDocumentView</name>
    <message>
        <location filename="../../desktop/ui/pdf_document.py" line="+58"/>
        <source>Opening the document…</source>
        <translation>Ouverture du document…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+136"/>
        <source>Not yet available offline.</source>
        <translation>Pas encore disponible hors ligne.</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+140"/>
        <source>&amp;Download</source>
        <translation>&amp;Télécharger</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Download the document</source>
        <translation>Télécharger le document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fetch this document now to read it, online or offline.</source>
        <translation>Récupérer ce document maintenant pour le lire, en ligne ou hors ligne.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Download progress</source>
        <translation>Avancement du téléchargement</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>This document has no file to show.</source>
        <translation>Ce document n&apos;a pas de fichier à afficher.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>This document cannot be opened from the cache. Try to download it again.</source>
        <translation>Ce document ne peut pas être ouvert depuis cet ordinateur. Essayez de le télécharger à nouveau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not yet available offline (%1 MB).</source>
        <translation>Pas encore disponible hors ligne (%1 Mo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try &amp;again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Downloading…</source>
        <translation>Téléchargement en cours…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 MB of %2 MB downloaded (%3 %)</source>
        <translation>%1 Mo sur %2 Mo téléchargés (%3 %)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The download did not finish. Check the connection, then try again: what has arrived is kept.</source>
        <translation>Le téléchargement n&apos;a pas abouti. Vérifiez la connexion, puis réessayez : ce qui est déjà arrivé est conservé.</translation>
    </message>
</context>
<context>
    <name>PdfHighlights</name>
    <message>
        <location filename="../../desktop/ui/pdf_highlights.py" line="+59"/>
        <source>Highlight this passage</source>
        <extracomment>Two rectangles closer than this (PDF points) are the same place. The shown version&apos;s highlights, as painted.</extracomment>
        <translation>Surligner ce passage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight this passage (Ctrl+Shift+H)</source>
        <translation>Surligner ce passage (Ctrl+Maj+H)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Nothing to highlight: find words (Ctrl+F) or select text with the mouse first.</source>
        <translation>Rien à surligner : cherchez d&apos;abord des mots (Ctrl+F) ou sélectionnez du texte à la souris.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Already highlighted on page %1: « %2 ».</source>
        <translation>Déjà surligné page %1 : « %2 ».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not highlighted: %1</source>
        <translation>Non surligné : %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Highlighted on page %1: « %2 ». It is in your notes.</source>
        <translation>Surligné page %1 : « %2 ». Le passage figure dans vos notes.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <location filename="../../desktop/ui/pdf_print.py" line="+54"/>
        <source>Save a copy of the document</source>
        <translation>Enregistrer une copie du document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print the document</source>
        <translation>Imprimer le document</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/pdf_viewer.py" line="+66"/>
        <location line="+96"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Page Up</source>
        <translation>Touche Page précédente (Pg préc.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a page number and press Enter.</source>
        <translation>Tapez un numéro de page puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to a page (Alt+G)</source>
        <translation>Aller à une page (Alt+G)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+86"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Page Down</source>
        <translation>Touche Page suivante (Pg suiv.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Réduire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Réduire (Ctrl+-)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Zoom in</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Agrandir (Ctrl++)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+93"/>
        <source>Fit to width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+82"/>
        <source>Find in the document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pages of the document</source>
        <translation>Pages du document</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next result</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Previous result</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to a page</source>
        <translation>Aller à une page</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>This document cannot be shown: the file may be damaged or protected. Ask the secretariat to publish it again.</source>
        <translation>Ce document ne peut pas être affiché : le fichier est peut-être abîmé ou protégé. Demandez au secrétariat de le publier à nouveau.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a copy…</source>
        <translation>Enregistrer une copie…</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Page %1 of %2. Type a page number and press Enter.</source>
        <translation>Page %1 sur %2. Tapez un numéro de page puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Zoom: %1 %</source>
        <translation>Zoom : %1 %</translation>
    </message>
</context>
<context>
    <name>PickerDialog</name>
    <message>
        <location filename="../../desktop/ui/conv_pickers.py" line="+67"/>
        <source>Type to search</source>
        <translation>Tapez pour chercher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing matches.</source>
        <translation>Rien ne correspond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Insert</source>
        <translation>&amp;Insérer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert the chosen item</source>
        <translation>Insérer l&apos;élément choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel, insert nothing</source>
        <translation>Annuler, ne rien insérer</translation>
    </message>
</context>
<context>
    <name>PinnedDialog</name>
    <message>
        <location filename="../../desktop/ui/conv_dialogs.py" line="+14"/>
        <source>Pinned messages — %1</source>
        <translation>Messages épinglés — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pinned messages</source>
        <translation>Messages épinglés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Go to the message</source>
        <translation>&amp;Aller au message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the chosen message</source>
        <translation>Aller au message choisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close the pinned messages</source>
        <translation>Fermer les messages épinglés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No message is pinned in this channel.</source>
        <translation>Aucun message n&apos;est épinglé dans ce canal.</translation>
    </message>
</context>
<context>
    <name>ProxyListModel</name>
    <message>
        <location filename="../../desktop/ui/votes_models.py" line="+40"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used for a vote</source>
        <translation>Utilisé pour un vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the server</source>
        <translation>Refusé par le serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For the vote “%1”</source>
        <translation>Pour le vote « %1 »</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For every vote closing from %1 to %2</source>
        <translation>Pour tous les votes qui se terminent du %1 au %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For every vote</source>
        <translation>Pour tous les votes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You gave your proxy to %1</source>
        <translation>Vous avez donné votre pouvoir à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gave you their proxy</source>
        <translation>%1 vous a donné son pouvoir</translation>
    </message>
</context>
<context>
    <name>ReadersDialog</name>
    <message>
        <location filename="../../desktop/ui/doc_readers_dialog.py" line="+49"/>
        <source>Who has read it — %1</source>
        <translation>Qui l&apos;a lu — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Who has read this document</source>
        <translation>Qui a lu ce document</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members and when they read the document</source>
        <translation>Les membres et quand ils ont lu le document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+87"/>
        <source>First opened</source>
        <translation>Première ouverture</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+88"/>
        <source>Last opened</source>
        <translation>Dernière ouverture</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+89"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask the server again</source>
        <translation>Redemander au serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the list of readers</source>
        <translation>Fermer la liste des lecteurs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Asking the server who has read it…</source>
        <translation>Quorum demande au serveur qui l&apos;a lu…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 members have opened it.</source>
        <translation>%1 membre(s) sur %2 l&apos;ont ouvert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not opened yet</source>
        <translation>Pas encore ouvert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 (older)</source>
        <translation>%1 (ancienne)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, has not opened it yet</source>
        <translation>%1, ne l&apos;a pas encore ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, has opened it</source>
        <translation>%1, l&apos;a ouvert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are offline. Who has read a document is known only by the server: try again once you are connected.</source>
        <translation>Vous êtes hors ligne. Seul le serveur sait qui a lu un document : réessayez une fois connecté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server asks you to sign in again first.</source>
        <translation>Le serveur vous demande d&apos;abord de vous reconnecter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the secretariat may see who has read a document.</source>
        <translation>Seul le secrétariat peut voir qui a lu un document.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This document no longer exists on the server.</source>
        <translation>Ce document n&apos;existe plus sur le serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server could not answer. Try again in a moment.</source>
        <translation>Le serveur n&apos;a pas pu répondre. Réessayez dans un moment.</translation>
    </message>
</context>
<context>
    <name>RefusedDialog</name>
    <message>
        <location filename="../../desktop/ui/refused_dialog.py" line="+24"/>
        <location line="+1"/>
        <source>Refused items</source>
        <translation>Envois refusés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused these. For each one, see why, then send it again or give it up.</source>
        <translation>Le serveur a refusé ces envois. Pour chacun, voyez pourquoi, puis réessayez ou abandonnez-le.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused items, newest first</source>
        <translation>Envois refusés, du plus récent au plus ancien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing has been refused.</source>
        <translation>Rien n&apos;a été refusé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your text:</source>
        <translation>Votre texte :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your text</source>
        <translation>Votre texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy the text</source>
        <translation>&amp;Copier le texte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Copy your text</source>
        <translation>Copier votre texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show what it was about</source>
        <translation>&amp;Afficher ce qui était concerné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show what it was about in Quorum</source>
        <translation>Afficher dans Quorum ce qui était concerné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send it again</source>
        <translation>Réessayer cet envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Give up…</source>
        <translation>A&amp;bandonner…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Give it up: it will never be sent</source>
        <translation>Abandonner : cet envoi ne partira jamais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close the refused items</source>
        <translation>Fermer les envois refusés</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Your text has been copied.</source>
        <translation>Votre texte a été copié.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 will be sent again.</source>
        <translation>%1 est de nouveau en attente d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has been given up.</source>
        <translation>Vous avez abandonné %1.</translation>
    </message>
</context>
<context>
    <name>ResetCacheDialog</name>
    <message>
        <location filename="../../desktop/ui/passphrase_dialog.py" line="+16"/>
        <source>Your documents cannot be opened</source>
        <translation>Vos documents ne peuvent pas être ouverts</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The copy of your documents on this computer cannot be opened: its key is missing or has changed.</source>
        <translation>La copie de vos documents sur cet ordinateur ne peut pas être ouverte : sa clé est introuvable ou a changé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum can delete this copy and download everything again: the server keeps it all. Only changes made on this computer and not yet sent would be lost.</source>
        <translation>Quorum peut effacer cette copie et tout télécharger à nouveau : le serveur garde tout. Seules les modifications faites sur cet ordinateur et pas encore envoyées seraient perdues.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset and download again</source>
        <translation>Réinitialiser et tout télécharger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the copy and download again</source>
        <translation>Réinitialiser la copie et tout télécharger à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Quorum</source>
        <translation>Quitter Quorum</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="+256"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the results</source>
        <translation>Fermer les résultats</translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location line="-133"/>
        <source>Votes per option</source>
        <translation>Voix par option</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The results are not published yet.</source>
        <translation>Les résultats ne sont pas encore publiés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They will be shown here once the vote has closed and been counted.</source>
        <translation>Ils s&apos;afficheront ici une fois le vote clos et dépouillé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>So far — the vote is still open: %1</source>
        <translation>Résultats provisoires — le vote est encore ouvert : %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — elected: %2</source>
        <translation>%1 — élus : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — chosen: %2</source>
        <translation>%1 — retenus : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (the chair&apos;s casting vote decided the tie)</source>
        <translation>%1 (la voix prépondérante du président a départagé l&apos;égalité)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 voters out of %2</source>
        <translation>%1 votants sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1; no quorum required.</source>
        <translation>%1 ; pas de quorum requis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOT reached</source>
        <translation>NON atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; quorum: %2 — %3.</source>
        <translation>%1 ; quorum : %2 — %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Required: %2 votes for; obtained: %3.</source>
        <translation>%1 Requis : %2 voix pour ; obtenu : %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Required: %2 votes for an option.</source>
        <translation>%1 Requis : %2 voix pour une option.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✓ Your ballot (receipt %1) is in the published list, unchanged.</source>
        <translation>✓ Votre bulletin (reçu %1) figure dans la liste publiée, inchangé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✗ Your ballot (receipt %1) is in the published list, but it shows a different choice: %2. Tell your secretariat.</source>
        <translation>✗ Votre bulletin (reçu %1) figure dans la liste publiée, mais avec un autre choix : %2. Prévenez votre secrétariat.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>✗ Your ballot (receipt %1) is NOT in the published list. Tell your secretariat.</source>
        <translation>✗ Votre bulletin (reçu %1) ne figure PAS dans la liste publiée. Prévenez votre secrétariat.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <location filename="../../desktop/ui/votes_manage.py" line="-129"/>
        <source>Voting stays open until:</source>
        <translation>Le vote reste ouvert jusqu&apos;au :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes on</source>
        <translation>Se termine le</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel: change nothing</source>
        <translation>Annuler : ne rien changer</translation>
    </message>
</context>
<context>
    <name>SearchBar</name>
    <message>
        <location filename="../../desktop/ui/pdf_search.py" line="+58"/>
        <source>Words to find in this document</source>
        <extracomment>Wait this long after the last key before searching (milliseconds).</extracomment>
        <translation>Mots à chercher dans ce document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find in the document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter: next result. Shift+Enter: previous result. Escape: close.</source>
        <translation>Entrée : résultat suivant. Maj+Entrée : résultat précédent. Échap : fermer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous result</source>
        <translation>Résultat précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next result</source>
        <translation>Résultat suivant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the search</source>
        <translation>Fermer la recherche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Highlight</source>
        <extracomment>&quot;Highlight this passage&quot; on the result shown; the viewer connects and shows it.</extracomment>
        <translation>Surligner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Highlight this passage</source>
        <translation>Surligner ce passage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Maj+H</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>No result</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 results</source>
        <translation>%1 résultats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 result</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result %1 of %2</source>
        <translation>Résultat %1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No search yet</source>
        <translation>Aucune recherche pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../desktop/ui/search_models.py" line="+62"/>
        <source>Document</source>
        <extracomment>The row&apos;s kind in words with its symbol (&quot;▤ Document&quot;). The snippet as HTML: escaped text, the matched words in &lt;b&gt;. The SearchHit itself. The title as HTML: escaped, the matched words on a pale yellow ground. A symbol for each kind, always beside the word (never the only signal). The longest line of a result, in average characters (long lines are hard to read). A calm dark blue with a contrast above 7:1 on white, as the list badges. The ground of the matched words of a title (the title is bold already).</extracomment>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2, %3. %4</source>
        <translation>%1 : %2, %3. %4</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/search_view.py" line="+99"/>
        <location line="+3"/>
        <source>Search the documents, votes, messages and ideas</source>
        <extracomment>Milliseconds of calm after a keystroke before searching. How many results are shown (the best ones). &quot;Where&quot; filter data for the organisation-wide items (None is the combo&apos;s &quot;no data&quot;).</extracomment>
        <translation>Rechercher dans les documents, votes, messages et idées</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+59"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of item to find</source>
        <translation>Type d&apos;élément à trouver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ideas</source>
        <translation>Idées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to search</source>
        <translation>Où chercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published or posted</source>
        <translation>Publié ou envoyé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any time</source>
        <translation>Toutes les dates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where:</source>
        <translation>&amp;Où :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hen:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The organisation</source>
        <translation>L&apos;organisation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>The %n best results: add a word to find fewer.</source>
        <translation>
            <numerusform>Le meilleur résultat : ajoutez un mot pour en trouver moins.</numerusform>
            <numerusform>Les %n meilleurs résultats : ajoutez un mot pour en trouver moins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type one or more words. Quorum searches what this computer holds, even offline.</source>
        <translation>Tapez un ou plusieurs mots. Quorum cherche dans ce que cet ordinateur garde, même hors ligne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No result for “%1”. Try another word, or choose %2.</source>
        <translation>Aucun résultat pour « %1 ». Essayez un autre mot, ou choisissez %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No result for “%1”. Try another word, or fewer words.</source>
        <translation>Aucun résultat pour « %1 ». Essayez un autre mot, ou moins de mots.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No result for “%1”. Try another word.</source>
        <translation>Aucun résultat pour « %1 ». Essayez un autre mot.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No result</source>
        <translation>Aucun résultat</translation>
    </message>
</context>
<context>
    <name>SecondStart</name>
    <message>
        <location filename="../../desktop/ui/single_instance.py" line="+220"/>
        <source>Invitation</source>
        <extracomment>In the profile folder; a remote wipe keeps it (``desktop.core.device_trust.KEPT_FILES``). How long a second start waits for the first app&apos;s answer, in ms. What a second start says: ``{&quot;link&quot;: &quot;quorum://invite?...&quot;}`` or ``{&quot;link&quot;: None}``.</extracomment>
        <translation>Invitation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quorum is already open, and you are signed in as %1. An invitation creates a new account: to accept it on this computer, quit Quorum (File &gt; Quit), then open the invitation link again.</source>
        <translation>Quorum est déjà ouvert, et vous êtes connecté en tant que %1. Une invitation crée un nouveau compte : pour l&apos;accepter sur cet ordinateur, quittez Quorum (Fichier &gt; Quitter), puis ouvrez de nouveau le lien d&apos;invitation.</translation>
    </message>
</context>
<context>
    <name>SectionTabs</name>
    <message>
        <location filename="../../desktop/ui/section_tabs.py" line="+42"/>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Part of the panel shown</source>
        <translation>Partie du panneau affichée</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <location filename="../../desktop/ui/refused_words.py" line="+29"/>
        <source>Message in a channel</source>
        <translation>Message dans un canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply in a thread</source>
        <translation>Réponse dans un fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit of a message</source>
        <translation>Modification d&apos;un message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletion of a message</source>
        <translation>Suppression d&apos;un message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pinning of a message</source>
        <translation>Épinglage d&apos;un message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpinning of a message</source>
        <translation>Retrait de l&apos;épingle d&apos;un message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading position in a channel</source>
        <translation>Position de lecture dans un canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Muting of a channel</source>
        <translation>Mise en sourdine d&apos;un canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmuting of a channel</source>
        <translation>Fin de la sourdine d&apos;un canal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notification settings</source>
        <translation>Paramètres des notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New idea</source>
        <translation>Nouvelle idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support for an idea</source>
        <translation>Soutien à une idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on an idea</source>
        <translation>Commentaire sur une idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change of status of an idea</source>
        <translation>Changement d&apos;état d&apos;une idée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New announcement</source>
        <translation>Nouvelle annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledgement of an announcement</source>
        <translation>Confirmation de lecture d&apos;une annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder about an announcement</source>
        <translation>Relance d&apos;une annonce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read receipt of a document</source>
        <translation>Lecture d&apos;un document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote by proxy</source>
        <translation>Vote avec un pouvoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy given</source>
        <translation>Pouvoir donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy withdrawn</source>
        <translation>Pouvoir retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status of an action</source>
        <translation>État d&apos;une action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on an action</source>
        <translation>Commentaire sur une action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private note on a document</source>
        <translation>Note privée sur un document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletion of a private note</source>
        <translation>Suppression d&apos;une note privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on a document</source>
        <translation>Commentaire sur un document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something you did</source>
        <translation>Un de vos envois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it no longer exists, or you no longer have access to it</source>
        <extracomment>The server&apos;s general refusals (``protocol.errors.ErrorCode``), for any kind.</extracomment>
        <translation>cela n&apos;existe plus, ou vous n&apos;y avez plus accès</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you are not allowed to do this</source>
        <translation>vous n&apos;avez pas l&apos;autorisation de le faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not accept what was sent</source>
        <translation>le serveur n&apos;a pas accepté ce qui a été envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it clashes with a change made in the meantime</source>
        <translation>cela entre en conflit avec une modification faite entre-temps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is too long: make it shorter</source>
        <translation>l&apos;envoi est trop long : raccourcissez-le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server does not allow this</source>
        <translation>le serveur ne le permet pas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>too many failed sign-ins: wait a few minutes, then try again</source>
        <translation>trop de connexions manquées : attendez quelques minutes, puis réessayez</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+26"/>
        <source>this version of Quorum is too old: install the new one</source>
        <translation>cette version de Quorum est trop ancienne : installez la nouvelle</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>the server ran into a problem</source>
        <translation>le serveur a rencontré un problème</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+15"/>
        <location line="+1"/>
        <source>you had been signed out</source>
        <translation>vous aviez été déconnecté</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>this computer may no longer connect to Quorum</source>
        <translation>cet ordinateur ne peut plus se connecter à Quorum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your account is disabled</source>
        <translation>votre compte est désactivé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the secretariat asked for this computer&apos;s data to be deleted</source>
        <translation>le secrétariat a demandé l&apos;effacement des données de cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your secretariat has not approved this computer yet</source>
        <translation>votre secrétariat n&apos;a pas encore approuvé cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>your organisation asks you to set up two-step verification first</source>
        <translation>votre organisation vous demande d&apos;abord de mettre en place la validation en deux étapes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the invitation code is not right</source>
        <translation>le code d&apos;invitation n&apos;est pas le bon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the invitation has expired</source>
        <translation>l&apos;invitation a expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the invitation has already been used</source>
        <translation>l&apos;invitation a déjà servi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Done %1</source>
        <translation>Fait %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>the server refused it</source>
        <translation>le serveur l&apos;a refusé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why: %1.</source>
        <translation>Raison : %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”</source>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>ServerTrustPanel</name>
    <message>
        <location filename="../../desktop/ui/server_trust_panel.py" line="+53"/>
        <source>This is a &amp;test server: allow an unprotected connection to this address only</source>
        <translation>C&apos;est un serveur de &amp;test : autoriser une connexion non protégée pour cette adresse uniquement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test server: allow an unprotected connection to this address only</source>
        <translation>Serveur de test : autoriser une connexion non protégée pour cette adresse uniquement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Advanced</source>
        <translation>Ava&amp;ncé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advanced: your organisation&apos;s certificate</source>
        <translation>Avancé : le certificat de votre organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only if your secretariat gave you a certificate file: Quorum will then trust only this certificate to recognise your organisation&apos;s server.</source>
        <translation>Seulement si votre secrétariat vous a remis un fichier de certificat : Quorum ne fera alors confiance qu&apos;à ce certificat pour reconnaître le serveur de votre organisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your organisation&apos;s certificate file</source>
        <translation>Fichier de certificat de votre organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificate file:</source>
        <translation>Fichier de &amp;certificat :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier de certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the certificate file and trust this computer&apos;s usual authorities</source>
        <translation>Retirer le fichier de certificat et faire confiance aux autorités habituelles de cet ordinateur</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>The server could not prove that it is your organisation&apos;s server.</source>
        <translation>Le serveur n&apos;a pas pu prouver qu&apos;il est bien celui de votre organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its certificate is not signed by an authority this computer trusts. If your organisation gave you its own certificate file, choose it under “Advanced”. Otherwise, ask your secretariat before going further.</source>
        <translation>Son certificat n&apos;est pas signé par une autorité reconnue par cet ordinateur. Si votre organisation vous a remis son propre fichier de certificat, choisissez-le dans « Avancé ». Sinon, demandez à votre secrétariat avant d&apos;aller plus loin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This address is not secure.</source>
        <translation>Cette adresse n&apos;est pas sécurisée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum only connects to addresses that begin with https://, which protect everything sent. Check the address your secretariat gave you. If it is a test server, tick the box “This is a test server”.</source>
        <translation>Quorum se connecte seulement aux adresses qui commencent par https://, qui protègent tout ce qui est échangé. Vérifiez l&apos;adresse donnée par votre secrétariat. S&apos;il s&apos;agit d&apos;un serveur de test, cochez la case « C&apos;est un serveur de test ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate file you chose cannot be used.</source>
        <translation>Le fichier de certificat choisi ne peut pas être utilisé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file your organisation gave you (its name usually ends in .pem or .crt), or remove it under “Advanced”.</source>
        <translation>Choisissez le fichier remis par votre organisation (son nom se termine en général par .pem ou .crt), ou retirez-le dans « Avancé ».</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose your organisation&apos;s certificate file</source>
        <translation>Choisir le fichier de certificat de votre organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../desktop/ui/settings_dialog.py" line="+69"/>
        <source>Settings</source>
        <extracomment>The organisation&apos;s longest lock delay, in minutes.</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each choice is saved as soon as you make it. Close this window when done.</source>
        <translation>Chaque choix est enregistré dès que vous le faites. Fermez cette fenêtre quand vous avez terminé.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Close the settings</source>
        <extracomment>The last thing said: &quot;Saved.&quot;, or what went wrong.</extracomment>
        <translation>Fermer les paramètres</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This choice could not be saved. Try again in a moment.</source>
        <translation>Ce choix n&apos;a pas pu être enregistré. Réessayez dans un instant.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saved: the new language applies the next time you start Quorum.</source>
        <translation>Enregistré : la nouvelle langue s&apos;appliquera la prochaine fois que vous ouvrirez Quorum.</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <location filename="../../desktop/ui/settings_pages.py" line="-133"/>
        <source>one minute</source>
        <extracomment>The languages offered: &quot;&quot; follows the computer&apos;s.</extracomment>
        <translation>une minute</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one hour</source>
        <translation>une heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
</context>
<context>
    <name>SettingsWiring</name>
    <message>
        <location filename="../../desktop/ui/settings_wiring.py" line="+37"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size, contrast, language… (Ctrl+,)</source>
        <translation>Taille du texte, contraste, langue… (Ctrl+,)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop/ui/shortcuts_dialog.py" line="+49"/>
        <source>In a conversation</source>
        <extracomment>Where it works: &quot;&quot; everywhere in the window, else the part of it (a conversation…).</extracomment>
        <translation>Dans une conversation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a PDF document</source>
        <translation>Dans un document PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In a document</source>
        <translation>Dans un document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In its view</source>
        <translation>Dans sa vue</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+10"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="-8"/>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>These keys do the same as the menus. Hold the first key down, then press the second. Alt with a letter underlined in a menu or a button works too.</source>
        <translation>Ces touches font la même chose que les menus. Gardez la première touche enfoncée, puis appuyez sur la seconde. Alt avec une lettre soulignée dans un menu ou sur un bouton fonctionne aussi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What it does</source>
        <translation>Ce que cela fait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Close the keyboard shortcuts</source>
        <translation>Fermer les raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../desktop/ui/sign_in_dialog.py" line="+72"/>
        <source>Sign in to Quorum</source>
        <extracomment>sign_in(server_url, email, password[, otp]) -&gt; Account; runs in the worker. ``otp`` (the two-factor code) is passed only once the server asked for it.</extracomment>
        <translation>Se connecter à Quorum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign in with the email address and password your secretariat gave you. You only need to do this once on this computer.</source>
        <translation>Connectez-vous avec l&apos;adresse e-mail et le mot de passe que votre secrétariat vous a donnés. Vous n&apos;aurez à le faire qu&apos;une fois sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>for example quorum.my-mutual.fr</source>
        <translation>par exemple quorum.ma-mutuelle.fr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Server address:</source>
        <translation>Adresse du &amp;serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email address:</source>
        <translation>Adresse &amp;e-mail :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Signing in…</source>
        <translation>Connexion en cours…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signing in, please wait</source>
        <translation>Connexion en cours, veuillez patienter</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel signing in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>I have received an &amp;invitation…</source>
        <translation>J&apos;ai reçu une &amp;invitation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have received an invitation</source>
        <translation>J&apos;ai reçu une invitation</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>a few minutes</source>
        <translation>quelques minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one minute</source>
        <translation>une minute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 minutes</source>
        <translation>%1 minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one hour</source>
        <translation>une heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 hours</source>
        <translation>%1 heures</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Type the address of your organisation&apos;s server.</source>
        <translation>Saisissez l&apos;adresse du serveur de votre organisation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type your email address, for example marie@example.fr.</source>
        <translation>Saisissez votre adresse e-mail, par exemple marie@exemple.fr.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Too many unsuccessful attempts to sign in.</source>
        <translation>Trop de tentatives de connexion infructueuses.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For your security, signing in is paused: try again in %1. If you have forgotten your password, ask your secretariat.</source>
        <translation>Pour votre sécurité, la connexion est suspendue : réessayez dans %1. Si vous avez oublié votre mot de passe, adressez-vous à votre secrétariat.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 does not answer.</source>
        <translation>Le serveur %1 ne répond pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the server address and your internet connection, then try again.</source>
        <translation>Vérifiez l&apos;adresse du serveur et votre connexion internet, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/ui/idea_dialog.py" line="+14"/>
        <source>Change the status — %1</source>
        <translation>Changer l&apos;état — %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The answer is public: every member who can see the idea reads it. Its author and its supporters are told.</source>
        <translation>La réponse est publique : tous les membres qui voient l&apos;idée la lisent. Son auteur et ceux qui la soutiennent sont prévenus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New status</source>
        <translation>Nouvel état</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;status:</source>
        <translation>Nouvel é&amp;tat :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public answer</source>
        <translation>Réponse publique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say what will happen, and why.</source>
        <translation>Dites ce qui va se passer, et pourquoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public &amp;answer:</source>
        <translation>&amp;Réponse publique :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change the status</source>
        <translation>Changer l&apos;état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the status of “%1”</source>
        <translation>Changer l&apos;état de « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent at the next sync (Ctrl+Enter)</source>
        <translation>Envoyé à la prochaine synchronisation (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel without changing</source>
        <translation>Annuler sans changer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not changed: %1</source>
        <translation>Non modifié : %1</translation>
    </message>
</context>
<context>
    <name>StatusPage</name>
    <message>
        <location filename="../../desktop/ui/two_factor_pages.py" line="-44"/>
        <source>&amp;Turn on two-step verification…</source>
        <translation>&amp;Activer la validation en deux étapes…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn on two-step verification</source>
        <translation>Activer la validation en deux étapes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New recovery codes…</source>
        <translation>&amp;Nouveaux codes de secours…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Get new recovery codes</source>
        <translation>Obtenir de nouveaux codes de secours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;urn off…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turn off two-step verification</source>
        <translation>Désactiver la validation en deux étapes</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <location filename="../../desktop/ui/storage_dialog.py" line="+42"/>
        <source>%1 GB</source>
        <extracomment>The budget the member may choose, in GB.</extracomment>
        <translation>%1 Go</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 used</source>
        <translation>%1 sur %2 utilisés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your organisation sets no time limit: documents stay until space runs short.</source>
        <translation>Votre organisation ne fixe pas de durée : les documents restent tant que la place ne manque pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Documents of meetings more than %1 months old leave the cache, except those you keep offline.</source>
        <translation>Les documents des réunions de plus de %1 mois sont retirés de cet ordinateur, sauf ceux que vous gardez hors ligne.</translation>
    </message>
</context>
<context>
    <name>StorageDialog</name>
    <message>
        <location line="+24"/>
        <source>Offline storage</source>
        <translation>Stockage hors ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space for offline documents, in gigabytes</source>
        <translation>Espace pour les documents hors ligne, en gigaoctets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Free up space now</source>
        <translation>&amp;Libérer de la place maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free up space now</source>
        <translation>Libérer de la place maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applies the retention rule and the space limit at once</source>
        <translation>Applique tout de suite la durée de conservation et la limite d&apos;espace</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close the offline storage</source>
        <translation>Fermer le stockage hors ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Space for offline documents:</source>
        <translation>&amp;Espace pour les documents hors ligne :</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>%1 freed.</source>
        <translation>%1 libérés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing needed freeing: everything kept fits.</source>
        <translation>Rien à libérer : tout ce qui est conservé tient dans l&apos;espace prévu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The storage could not be changed. Try again in a moment.</source>
        <translation>Le stockage n&apos;a pas pu être modifié. Réessayez dans un instant.</translation>
    </message>
</context>
<context>
    <name>StorageSection</name>
    <message>
        <location filename="../../desktop/ui/settings_pages.py" line="+177"/>
        <source>Documents on this computer</source>
        <translation>Documents sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> GB</source>
        <translation> Go</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Space for offline documents, in gigabytes</source>
        <translation>Espace pour les documents hors ligne, en gigaoctets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>S&amp;pace for offline documents:</source>
        <translation>Es&amp;pace pour les documents hors ligne :</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <location filename="../../desktop/ui/status_bar.py" line="+73"/>
        <source>See what the server refused (Ctrl+Shift+O)</source>
        <translation>Voir ce que le serveur a refusé (Ctrl+Maj+O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the refused items, to send them again or give them up</source>
        <translation>Ouvre les envois refusés, pour les réessayer ou les abandonner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Syncing…</source>
        <translation>Synchronisation en cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Online — synced %1</source>
        <translation>En ligne — synchronisé %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline — last synced %1</source>
        <translation>Hors ligne — dernière synchronisation %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offline — not synced yet</source>
        <translation>Hors ligne — pas encore synchronisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed out — sign in again to sync</source>
        <translation>Déconnecté — reconnectez-vous pour synchroniser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync problem: %1</source>
        <translation>Problème de synchronisation : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Waiting to be sent: %n</source>
        <translation>
            <numerusform>%n envoi en attente</numerusform>
            <numerusform>%n envois en attente</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything has been sent</source>
        <translation>Tout a été envoyé</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Refused by the server: %n — See</source>
        <translation>
            <numerusform>Refusé par le serveur : %n — Voir</numerusform>
            <numerusform>Refusés par le serveur : %n — Voir</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connection: %1</source>
        <translation>Connexion : %1</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <location filename="../../desktop/ui/results_view.py" line="-171"/>
        <source>✓ Elected</source>
        <translation>✓ Élu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✓ Wins</source>
        <translation>✓ Retenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✓ Adopted</source>
        <translation>✓ Adopté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Votes</source>
        <translation>Voix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of ballots</source>
        <translation>Part des bulletins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%1: %n vote(s), %2</source>
        <translation>
            <numerusform>%1 : %n voix, %2</numerusform>
            <numerusform>%1 : %n voix, %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreadPanel</name>
    <message>
        <location filename="../../desktop/ui/conv_thread.py" line="+52"/>
        <source>Thread</source>
        <translation>Fil de discussion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close the thread</source>
        <translation>&amp;Fermer le fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the thread</source>
        <translation>Fermer le fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the thread (Escape)</source>
        <translation>Fermer le fil (Échap)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Messages of the thread</source>
        <translation>Messages du fil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reply in the thread</source>
        <translation>Répondre dans le fil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reply</source>
        <translation>&amp;Répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the reply</source>
        <translation>Envoyer la réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply (Ctrl+Enter)</source>
        <translation>Répondre (Ctrl+Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a reply… (Ctrl+Enter sends)</source>
        <translation>Écrivez une réponse… (Ctrl+Entrée pour envoyer)</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../desktop/ui/pdf_thumbnails.py" line="+53"/>
        <source>Page %1</source>
        <extracomment>Width of a thumbnail (pixels); its height follows the page.</extracomment>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>ThumbnailStrip</name>
    <message>
        <location line="+29"/>
        <source>Page thumbnails</source>
        <translation>Miniatures des pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Enter to go to the chosen page.</source>
        <translation>Appuyez sur Entrée pour aller à la page choisie.</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <location filename="../../desktop/ui/tour_dialog.py" line="-142"/>
        <source>Documents: Ctrl+1</source>
        <extracomment>One step of the tour: its heading and its text (English sources, context &quot;TourDialog&quot;).</extracomment>
        <translation>Les documents : Ctrl+1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your committees are on the left, their documents in the middle, and the document you open on the right. Press Ctrl+1 to come back to the documents from anywhere.</source>
        <translation>Vos commissions sont à gauche, leurs documents au milieu, et le document que vous ouvrez à droite. Appuyez sur Ctrl+1 pour revenir aux documents depuis n&apos;importe où.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Votes: Ctrl+2</source>
        <translation>Les votes : Ctrl+2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The votes open to you, the ones you have cast and their results. You can also give a proxy to another member from here. Press Ctrl+2.</source>
        <translation>Les votes qui vous sont ouverts, ceux où vous avez voté et leurs résultats. Vous pouvez aussi donner votre pouvoir à un autre membre depuis cet endroit. Appuyez sur Ctrl+2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Conversations: Ctrl+3</source>
        <translation>Les conversations : Ctrl+3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The messages of your committees and your direct conversations with other members. Press Ctrl+3.</source>
        <translation>Les messages de vos commissions et vos conversations privées avec d&apos;autres membres. Appuyez sur Ctrl+3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Help and settings</source>
        <translation>L&apos;aide et les paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Help menu shows this tour again and lists every keyboard shortcut. In File &gt; Settings you can make the text larger, choose high contrast or change the language at any time.</source>
        <translation>Le menu Aide vous remontre cette visite et liste tous les raccourcis clavier. Dans Fichier &gt; Paramètres, vous pouvez à tout moment agrandir le texte, choisir le contraste élevé ou changer de langue.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Guided tour of Quorum</source>
        <translation>Visite guidée de Quorum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 of %2</source>
        <translation>Étape %1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finish the tour</source>
        <translation>Terminer la visite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the tour</source>
        <translation>Fermer la visite</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <location filename="../../desktop/ui/tray.py" line="+100"/>
        <source>Quorum in the notification area</source>
        <extracomment>More than this many at once: one summary instead of a pile of bubbles. The icon drawn with its count, in pixels (the desktop scales it down). The count&apos;s disc: dark red with a white figure and a white ring (readable on any panel). What was shown last (for the record, and for tests). The counts the icon shows: unread notifications, votes waiting for my vote.</extracomment>
        <translation>Quorum dans la zone de notification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Quorum</source>
        <translation>&amp;Ouvrir Quorum</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>See the &amp;notifications</source>
        <translation>Voir les &amp;notifications</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit Quorum</source>
        <translation>&amp;Quitter Quorum</translation>
    </message>
    <message numerus="yes">
        <location line="+48"/>
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notification non lue</numerusform>
            <numerusform>%n notifications non lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n vote(s) waiting for your vote</source>
        <translation>
            <numerusform>%n vote attend votre choix</numerusform>
            <numerusform>%n votes attendent votre choix</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quorum — nothing new</source>
        <translation>Quorum — rien de nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quorum — %1</source>
        <translation>Quorum — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See the &amp;notifications (%1)</source>
        <translation>Voir les &amp;notifications (%1)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n new notification(s)</source>
        <translation>
            <numerusform>%n nouvelle notification</numerusform>
            <numerusform>%n nouvelles notifications</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The latest: %1</source>
        <translation>La plus récente : %1</translation>
    </message>
</context>
<context>
    <name>TrayWiring</name>
    <message>
        <location filename="../../desktop/ui/tray_wiring.py" line="+103"/>
        <source>Quorum keeps running</source>
        <extracomment>How often the votes waiting for the member are counted again (deadlines pass), in ms. The window is hidden in the tray (closed by the member with ``close_to_tray``).</extracomment>
        <translation>Quorum reste ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quorum goes on receiving your documents, votes and messages here. To stop it, choose Quit Quorum in this icon&apos;s menu.</source>
        <translation>Quorum continue ici de recevoir vos documents, vos votes et vos messages. Pour l&apos;arrêter, choisissez « Quitter Quorum » dans le menu de cette icône.</translation>
    </message>
</context>
<context>
    <name>TwoFactorDialog</name>
    <message>
        <location filename="../../desktop/ui/two_factor_dialog.py" line="+47"/>
        <source>Save the recovery codes</source>
        <extracomment>Asks where to save the recovery codes (a suggested file name); None: cancelled.</extracomment>
        <translation>Enregistrer les codes de secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Two-step verification</source>
        <translation>Validation en deux étapes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your organisation asks every member to sign in in two steps. Set it up now to continue: it takes two minutes, with your phone.</source>
        <translation>Votre organisation demande à chaque membre de se connecter en deux étapes. Mettez-la en place maintenant pour continuer : cela prend deux minutes, avec votre téléphone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>With two-step verification, signing in needs your password and a code from an app on your phone: someone who learns your password still cannot get in.</source>
        <translation>Avec la validation en deux étapes, la connexion demande votre mot de passe et un code d&apos;une application de votre téléphone : une personne qui apprendrait votre mot de passe ne pourrait toujours pas entrer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close two-step verification</source>
        <translation>Fermer la validation en deux étapes</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>To turn off two-step verification, type the code your authenticator app shows now. Signing in will then need your password only.</source>
        <translation>Pour désactiver la validation en deux étapes, tapez le code que votre application d&apos;authentification affiche maintenant. La connexion ne demandera ensuite que votre mot de passe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;urn off</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turn off two-step verification</source>
        <translation>Désactiver la validation en deux étapes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To get new recovery codes, type the code your authenticator app shows now. Your old recovery codes will stop working.</source>
        <translation>Pour obtenir de nouveaux codes de secours, tapez le code que votre application d&apos;authentification affiche maintenant. Vos anciens codes de secours ne fonctionneront plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Get new codes</source>
        <translation>&amp;Obtenir les nouveaux codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Get new recovery codes</source>
        <translation>Obtenir de nouveaux codes de secours</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the 6 digits your authenticator app shows, for example 123456.</source>
        <translation>Tapez les 6 chiffres affichés par votre application d&apos;authentification, par exemple 123456.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Two-step verification is on. Unused recovery codes: %1.</source>
        <translation>La validation en deux étapes est activée. Codes de secours inutilisés : %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your organisation requires it: it cannot be turned off.</source>
        <translation>Votre organisation l&apos;exige : elle ne peut pas être désactivée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-step verification is off: signing in needs your password only.</source>
        <translation>La validation en deux étapes est désactivée : la connexion ne demande que votre mot de passe.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two-step verification is on.</source>
        <translation>La validation en deux étapes est activée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two-step verification is off.</source>
        <translation>La validation en deux étapes est désactivée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovery codes are copied.</source>
        <translation>Les codes de secours sont copiés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quorum-recovery-codes.txt</source>
        <translation>quorum-codes-de-secours.txt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file could not be saved. Choose another place.</source>
        <translation>Le fichier n&apos;a pas pu être enregistré. Choisissez un autre emplacement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The recovery codes are saved in %1.</source>
        <translation>Les codes de secours sont enregistrés dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quorum recovery codes</source>
        <translation>Codes de secours Quorum</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>This code is not right, or it has already been used. Wait for the next code in your authenticator app and type it.</source>
        <translation>Ce code n&apos;est pas le bon, ou il a déjà servi. Attendez le code suivant dans votre application d&apos;authentification et tapez-le.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your organisation requires two-step verification: it cannot be turned off.</source>
        <translation>Votre organisation exige la validation en deux étapes : elle ne peut pas être désactivée.</translation>
    </message>
</context>
<context>
    <name>TwoFactorWiring</name>
    <message>
        <location filename="../../desktop/ui/two_factor_wiring.py" line="+49"/>
        <source>T&amp;wo-step verification…</source>
        <translation>Validation en deu&amp;x étapes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with a code from your phone as well</source>
        <translation>Se connecter aussi avec un code de votre téléphone</translation>
    </message>
</context>
<context>
    <name>VersionsTab</name>
    <message>
        <location filename="../../desktop/ui/doc_versions.py" line="+49"/>
        <source>What changed since you read it</source>
        <extracomment>Unchanged lines kept around each change; longer unchanged stretches are folded.</extracomment>
        <translation>Ce qui a changé depuis votre lecture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changed since you read it, line by line</source>
        <translation>Ce qui a changé depuis votre lecture, ligne par ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a PDF, the changes are not shown line by line: read the new version, and the secretariat&apos;s note above.</source>
        <translation>Pour un PDF, les changements ne sont pas montrés ligne par ligne : lisez la nouvelle version, et la note du secrétariat ci-dessus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Versions of this document, newest first</source>
        <translation>Versions de ce document, la plus récente d&apos;abord</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>This document changed since you read it: you read version %1, it is now %2.</source>
        <translation>Ce document a changé depuis votre lecture : vous avez lu la version %1, il en est à la version %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secretariat&apos;s note: %1</source>
        <translation>Note du secrétariat : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>… %1 unchanged line(s) …</source>
        <translation>… %1 ligne(s) inchangée(s) …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(empty line)</source>
        <translation>(ligne vide)</translation>
    </message>
</context>
<context>
    <name>VoteDialog</name>
    <message>
        <location filename="../../desktop/ui/vote_dialog.py" line="+37"/>
        <source>Vote — %1</source>
        <translation>Vote — %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>You are voting on behalf of %1</source>
        <translation>Vous votez pour le compte de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attached documents (in the Documents view): %1</source>
        <translation>Documents joints (dans la vue Documents) : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Close without voting</source>
        <translation>Fermer sans voter</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>You have already voted. Voting again replaces your vote: only the last vote counts.</source>
        <translation>Vous avez déjà voté. Voter de nouveau remplace votre vote : seul le dernier vote compte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Current vote: %1. Voting again replaces it: only the last vote counts.</source>
        <translation>Vote actuel : %1. Voter de nouveau le remplace : seul le dernier vote compte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your vote:</source>
        <translation>Votre vote :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vote for</source>
        <translation>Voter pour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote for the resolution “%1”</source>
        <translation>Voter pour la résolution « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote against</source>
        <translation>Voter contre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote against the resolution “%1”</source>
        <translation>Voter contre la résolution « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstain</source>
        <translation>S&apos;abstenir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Abstain on the resolution “%1”</source>
        <translation>S&apos;abstenir sur la résolution « %1 »</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+31"/>
        <source>Asks you to confirm before anything is sent.</source>
        <translation>Vous demande de confirmer avant tout envoi.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Choose %1</source>
        <translation>Choisir %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Vote for my choice</source>
        <translation>Voter pour mon choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vote for my choice on “%1”</source>
        <translation>Voter pour mon choix sur « %1 »</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>You are about to vote FOR the resolution “%1”.</source>
        <translation>Vous allez voter POUR la résolution « %1 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, vote for</source>
        <translation>Oui, voter pour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are about to vote AGAINST the resolution “%1”.</source>
        <translation>Vous allez voter CONTRE la résolution « %1 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, vote against</source>
        <translation>Oui, voter contre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are about to ABSTAIN on the resolution “%1”.</source>
        <translation>Vous allez vous ABSTENIR sur la résolution « %1 ».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, abstain</source>
        <translation>Oui, m&apos;abstenir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>You are about to vote for: %1 (vote “%2”).</source>
        <translation>Vous allez voter pour : %1 (vote « %2 »).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes, confirm my vote</source>
        <translation>Oui, confirmer mon vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On behalf of %1: %2</source>
        <translation>Pour le compte de %1 : %2</translation>
    </message>
</context>
<context>
    <name>Votes</name>
    <message>
        <location filename="../../desktop/ui/votes_errors.py" line="+25"/>
        <source>This was not done: %1</source>
        <translation>Cela n&apos;a pas été fait : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync to see the latest state, or ask your secretariat.</source>
        <translation>Synchronisez pour voir la situation à jour, ou demandez à votre secrétariat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This ballot cannot be accepted: the choices are not valid.</source>
        <translation>Ce bulletin ne peut pas être accepté : les choix ne sont pas valables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check how many options you may choose, then try again.</source>
        <translation>Vérifiez combien d&apos;options vous pouvez choisir, puis réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This needs a connection to the server, and you are offline.</source>
        <translation>Il faut pour cela être connecté au serveur, et vous êtes hors ligne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was changed. Try again when you are back online.</source>
        <translation>Rien n&apos;a été modifié. Réessayez une fois la connexion revenue.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quorum — votes</source>
        <translation>Quorum — votes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/votes_words.py" line="+45"/>
        <source>Closes today at %1</source>
        <extracomment>Statuses of a ballot (the values of ``desktop.core.votes.VoteStatus``).</extracomment>
        <translation>Se termine aujourd&apos;hui à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes on %1 at %2</source>
        <translation>Se termine le %1 à %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Closed on %1 at %2</source>
        <translation>Clos le %1 à %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>voting is closed</source>
        <translation>le vote est clos</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>closes in %n day(s)</source>
        <translation>
            <numerusform>se termine dans %n jour</numerusform>
            <numerusform>se termine dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>closes in %n hour(s)</source>
        <translation>
            <numerusform>se termine dans %n heure</numerusform>
            <numerusform>se termine dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>closes in %n minute(s)</source>
        <translation>
            <numerusform>se termine dans %n minute</numerusform>
            <numerusform>se termine dans %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closes in less than a minute</source>
        <translation>se termine dans moins d&apos;une minute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It will be sent as soon as you are online.</source>
        <translation>Il sera envoyé dès que vous serez en ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It must reach the server before %1 on %2.</source>
        <translation>Il doit parvenir au serveur avant %1 le %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>To vote again: %1</source>
        <translation>À voter de nouveau : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To vote: you have not voted yet.</source>
        <translation>À voter : vous n&apos;avez pas encore voté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voted: your vote has been counted.</source>
        <translation>A voté : votre vote a été pris en compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your last change was not counted: %1</source>
        <translation>Votre dernière modification n&apos;a pas été prise en compte : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting to be sent.</source>
        <translation>En attente d&apos;envoi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused it.</source>
        <translation>Le serveur l&apos;a refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not counted: %1</source>
        <translation>Non pris en compte : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You gave your proxy: the person you chose votes for you.</source>
        <translation>Vous avez donné votre pouvoir : la personne choisie vote pour vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You do not take part in this vote.</source>
        <translation>Vous ne participez pas à ce vote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voting is closed.</source>
        <translation>Le vote est clos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>● To vote</source>
        <translation>● À voter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✓ Voted</source>
        <translation>✓ A voté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not counted</source>
        <translation>✗ Non pris en compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proxy given</source>
        <translation>Pouvoir donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a voter</source>
        <translation>Non votant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>this vote is not open.</source>
        <extracomment>Every refusal the server may give for a vote, a proxy or a motion action.</extracomment>
        <translation>ce vote n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the vote had closed before your ballot reached the server.</source>
        <translation>le vote était clos avant que votre bulletin n&apos;arrive au serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the text of the motion changed after you voted. Read the new text and vote again.</source>
        <translation>le texte de la résolution a changé après votre vote. Lisez le nouveau texte et votez de nouveau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you are not among the voters of this motion.</source>
        <translation>vous ne faites pas partie des votants de cette résolution.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>you had already voted, and this vote does not allow changing it.</source>
        <translation>vous aviez déjà voté, et ce vote ne permet pas de changer son choix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the choices on the ballot were not valid.</source>
        <translation>les choix du bulletin n&apos;étaient pas valables.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your earlier receipt code was not recognised, so the vote was not changed.</source>
        <translation>votre code de reçu précédent n&apos;a pas été reconnu : le vote n&apos;a donc pas été changé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>proxies are not allowed for this vote.</source>
        <translation>les pouvoirs ne sont pas autorisés pour ce vote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>this person already holds as many proxies as the rules allow.</source>
        <translation>cette personne détient déjà autant de pouvoirs que le permet le règlement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>you gave your proxy for this vote: the person you chose votes for you.</source>
        <translation>vous avez donné votre pouvoir pour ce vote : la personne choisie vote pour vous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a vote has already been cast with this proxy.</source>
        <translation>un vote a déjà été exprimé avec ce pouvoir.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this person has not given you their proxy.</source>
        <translation>cette personne ne vous a pas donné son pouvoir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the proxy has already been used, so it can no longer be withdrawn.</source>
        <translation>le pouvoir a déjà servi : il ne peut plus être retiré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this proxy is not possible (to yourself, overlapping another one, or with an end date before its start).</source>
        <translation>ce pouvoir n&apos;est pas possible (à vous-même, en chevauchement d&apos;un autre, ou avec une fin avant son début).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>once a vote is open, only its deadline and its voters can change.</source>
        <translation>une fois un vote ouvert, seuls son échéance et ses votants peuvent changer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the server refused it.</source>
        <translation>le serveur l&apos;a refusé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>Contre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstain</source>
        <translation>Abstention</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a blank ballot</source>
        <translation>un bulletin blanc</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice between options</source>
        <translation>Choix entre plusieurs options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Election</source>
        <translation>Élection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · secret ballot</source>
        <translation>%1 · à bulletin secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · open ballot (named)</source>
        <translation>%1 · vote nominatif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose one person.</source>
        <translation>Choisissez une personne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose one option.</source>
        <translation>Choisissez une option.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Choose exactly %n people.</source>
        <translation>
            <numerusform>Choisissez exactement %n personne.</numerusform>
            <numerusform>Choisissez exactement %n personnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Choose exactly %n options.</source>
        <translation>
            <numerusform>Choisissez exactement %n option.</numerusform>
            <numerusform>Choisissez exactement %n options.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Choose up to %n people.</source>
        <translation>
            <numerusform>Choisissez jusqu&apos;à %n personne.</numerusform>
            <numerusform>Choisissez jusqu&apos;à %n personnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Choose up to %n options.</source>
        <translation>
            <numerusform>Choisissez jusqu&apos;à %n option.</numerusform>
            <numerusform>Choisissez jusqu&apos;à %n options.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose between %1 and %2 options.</source>
        <translation>Choisissez entre %1 et %2 options.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simple majority: more votes for than against (abstentions do not count).</source>
        <translation>Majorité simple : plus de voix pour que contre (les abstentions ne comptent pas).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Absolute majority: more than half of the members entitled to vote.</source>
        <translation>Majorité absolue : plus de la moitié des membres appelés à voter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Qualified majority: at least %1 of the votes cast.</source>
        <translation>Majorité qualifiée : au moins %1 des suffrages exprimés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Qualified majority: at least %1 of the members entitled to vote.</source>
        <translation>Majorité qualifiée : au moins %1 des membres appelés à voter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relative majority: the most votes win.</source>
        <translation>Majorité relative : le plus de voix l&apos;emporte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+13"/>
        <source>✓ Adopted</source>
        <translation>✓ Adopté</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>✗ Rejected</source>
        <translation>✗ Rejeté</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+13"/>
        <source>✓ Decided</source>
        <translation>✓ Décidé</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>✗ No quorum</source>
        <translation>✗ Quorum non atteint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= Tie</source>
        <translation>= Égalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ No majority</source>
        <translation>✗ Aucune majorité</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>✗ Quorum not reached: no decision</source>
        <translation>✗ Quorum non atteint : pas de décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= Tie: no decision for the last seat</source>
        <translation>= Égalité : pas de décision pour le dernier siège</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ No option reached the majority required</source>
        <translation>✗ Aucune option n&apos;a atteint la majorité requise</translation>
    </message>
</context>
<context>
    <name>VotesView</name>
    <message>
        <location filename="../../desktop/ui/votes_view.py" line="+74"/>
        <source>Whole organisation</source>
        <extracomment>How often the countdowns are refreshed (milliseconds).</extracomment>
        <translation>Toute l&apos;organisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+25"/>
        <source>Open votes</source>
        <translation>Votes en cours</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+33"/>
        <source>Closed votes</source>
        <translation>Votes clos</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+1"/>
        <source>Drafts (secretariat)</source>
        <translation>Brouillons (secrétariat)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Proxies</source>
        <translation>Pouvoirs</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>No vote is open at the moment.</source>
        <translation>Aucun vote n&apos;est en cours pour le moment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give my &amp;proxy…</source>
        <translation>Donner mon &amp;pouvoir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Withdraw my proxy</source>
        <translation>&amp;Retirer mon pouvoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New vote…</source>
        <translation>&amp;Nouveau vote…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a new vote</source>
        <translation>Créer un nouveau vote</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../desktop/ui/welcome_dialog.py" line="+97"/>
        <location line="+1"/>
        <source>Welcome to Quorum</source>
        <extracomment>The languages offered, each named in its own language (a member who reads only one of them must find it whatever the app speaks now).</extracomment>
        <translation>Bienvenue dans Quorum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before you start, choose your language and the size of the text. You can change them later in File &gt; Settings.</source>
        <translation>Avant de commencer, choisissez votre langue et la taille du texte. Vous pourrez les changer plus tard dans Fichier &gt; Paramètres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The text of the whole app grows at once; 100 % is the usual size.</source>
        <translation>Le texte de toute l&apos;application s&apos;agrandit aussitôt ; 100 % est la taille habituelle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is how the text of Quorum will look: agendas, votes and messages.</source>
        <translation>Voici à quoi ressemblera le texte de Quorum : ordres du jour, votes et messages.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue with these choices</source>
        <translation>Continuer avec ces choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit Quorum</source>
        <translation>Quitter Quorum</translation>
    </message>
</context>
<context>
    <name>WindowSection</name>
    <message>
        <location filename="../../desktop/ui/settings_pages.py" line="+16"/>
        <source>Closing the window</source>
        <translation>Fermeture de la fenêtre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep Quorum running</source>
        <translation>&amp;Garder Quorum ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Quorum running when its window is closed</source>
        <translation>Garder Quorum ouvert quand sa fenêtre est fermée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When you close its window, Quorum stays in the notification area and keeps up to date. File &gt; Quit stops it.</source>
        <translation>Quand vous fermez sa fenêtre, Quorum reste dans la zone de notification et continue de se mettre à jour. Fichier &gt; Quitter l&apos;arrête.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer shows no notification area: closing the window stops Quorum.</source>
        <translation>Cet ordinateur n&apos;affiche pas de zone de notification : fermer la fenêtre arrête Quorum.</translation>
    </message>
</context>
<context>
    <name>WipeNotice</name>
    <message>
        <location filename="../../desktop/ui/wipe_notice.py" line="+31"/>
        <source>Quorum&apos;s data was deleted</source>
        <translation>Les données de Quorum ont été effacées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your secretariat asked for Quorum&apos;s data on this computer to be deleted (a lost computer, say). It is being deleted…</source>
        <translation>Votre secrétariat a demandé d&apos;effacer les données de Quorum sur cet ordinateur (en cas de perte, par exemple). Effacement en cours…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer had not connected to the server for more than %1 days, the longest your organisation allows. Quorum&apos;s data on this computer was deleted, to protect it.</source>
        <translation>Cet ordinateur ne s&apos;était pas connecté au serveur depuis plus de %1 jours, la durée la plus longue que permet votre organisation. Les données de Quorum sur cet ordinateur ont été effacées, pour les protéger.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To use Quorum again, sign in: your documents will be downloaded again.</source>
        <translation>Pour utiliser Quorum de nouveau, connectez-vous : vos documents seront téléchargés à nouveau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign in again</source>
        <translation>&amp;Se connecter à nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again</source>
        <translation>Se connecter à nouveau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your secretariat asked for Quorum&apos;s data on this computer to be deleted. Some files could not be deleted: close other programs and restart Quorum.</source>
        <translation>Votre secrétariat a demandé d&apos;effacer les données de Quorum sur cet ordinateur. Certains fichiers n&apos;ont pas pu être effacés : fermez les autres programmes et redémarrez Quorum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your secretariat asked for Quorum&apos;s data on this computer to be deleted (a lost computer, say). It is deleted, and your secretariat was told.</source>
        <translation>Votre secrétariat a demandé d&apos;effacer les données de Quorum sur cet ordinateur (en cas de perte, par exemple). C&apos;est fait, et votre secrétariat en a été informé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Your secretariat asked for Quorum&apos;s data on this computer to be deleted (a lost computer, say). It is deleted. The server could not be told: your secretariat will see the deletion as still waiting.</source>
        <translation>Votre secrétariat a demandé d&apos;effacer les données de Quorum sur cet ordinateur (en cas de perte, par exemple). C&apos;est fait. Le serveur n&apos;a pas pu en être informé : votre secrétariat verra l&apos;effacement comme toujours en attente.</translation>
    </message>
</context>
</TS>
