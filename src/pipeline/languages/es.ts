import { snowball, w } from './stem';
import type { LanguagePack } from './types';

export const es: LanguagePack = {
  code: 'es',
  names: w('Spanish|Español|Espanol|Castellano'),
  partners: w(
    'socio|socios|socios del proyecto|consorcio|partenariado|asociación|beneficiarios|participantes|entidades participantes|entidades socias|miembros del consorcio',
  ),
  lead: w(
    'jefe de fila|beneficiario principal|socio principal|líder|lider|líder del proyecto|coordinador|coordinadora|coordinado por|liderado por|socio coordinador|entidad coordinadora|socio líder|entidad líder',
  ),
  associated: w(
    'socio asociado|socios asociados|socio estratégico|socios estratégicos|entidades asociadas|colaboradores',
  ),
  notPartners: w(
    'observador|observadores|financiado por|cofinanciado por|apoyado por|anfitrión|proyectos relacionados|otros proyectos|subcontratistas|grupos destinatarios|contacto|contactos|programa|autoridad de gestión|secretariado conjunto|miembros del|miembros de|representantes del|representantes de|en nombre de|expertos de',
  ),
  organisations: w(
    'centro|oficina|instituto|hospital|museo|puerto|red|escuela|parque|servicio|grupo|organización|sociedad|unión|comunidad|región|ciudad|municipio|ayuntamiento|provincia|diputación|diputaciones|dirección|secretaría|laboratorio|plataforma|foro|consejo|comité|agencia|autoridad|administración|asociación|universidad|cámara|fundación|clúster|ministerio|empresa|eurorregión|academia|junta|consorcio|mancomunidad|entidad',
  ),
  countryWords: {},
  letters: 'ñ',
  country: 'ES',
  honorifics: w('Sr|Sra|Srta|Don|Doña|Dr|Dra|Prof'),
  and: w('y|e|así como|&'),
  articles: w('el|la|los|las|un|una|lo'),
  from: w('de|del|en|desde'),
  with: w(
    'con|junto con|junto a|en colaboración con|en cooperación con|en asociación con|además de|junto a|con la colaboración de|con la participación de|con el apoyo de',
  ),
  by: w(
    'por|liderado por|liderada por|coordinado por|coordinada por|promovido por|promovida por|encabezado por|encabezada por',
  ),
  participate: w(
    'participa|participan|participaron|participación|participado|forman parte|integrado por|integran|implicados|entre ellos|puesto en marcha|ponen en marcha|han puesto en marcha|promueven|desarrollan|ejecutan',
  ),
  named: w('denominado|titulado|llamado'),
  copula: w('es|son|era|eran|fue|como'),
  project: w('proyect'),
  subproject: w('subproyect'),
  within: w('en el marco|en el marco del|dentro del|dentro de'),
  period: w('duración|periodo|período|plazo de ejecución'),
  budget: w('presupuesto|coste total|costo total|importe total'),
  partnerCount: w('número de socios'),
  status: w('estado'),
  statusValues: {
    completed: w('finalizado|terminado|concluido'),
    ongoing: w('en curso|en ejecución|activo'),
    planned: w('previsto|aprobado'),
  },
  months: [
    'enero ene',
    'febrero feb',
    'marzo mar',
    'abril abr',
    'mayo may',
    'junio jun',
    'julio jul',
    'agosto ago',
    'septiembre setiembre sep',
    'octubre oct',
    'noviembre nov',
    'diciembre dic',
  ],
  numbers: w('dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce'),
  administeredBy: w('gestionado por|representado por|administrado por'),
  institutions: w(
    'Comisión Europea|Parlamento Europeo|Ministerio|Secretariado Conjunto|Autoridad de Gestión',
  ),
  stopwords: w('de|la|que|el|en|y|los|del|se|las|por|un|para|con|una|su|al|es|lo|como|más'),
  stem: snowball('spanish'),
};
