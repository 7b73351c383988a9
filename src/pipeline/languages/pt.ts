import { snowball, w } from './stem';
import type { LanguagePack } from './types';

export const pt: LanguagePack = {
  code: 'pt',
  names: w('Portuguese|Português|Portugues'),
  partners: w(
    'parceiro|parceiros|parceiros do projeto|parceria|consórcio|consorcio|beneficiários|participantes|entidades parceiras|entidades participantes|entidades envolvidas|restantes entidades|restantes parceiros',
  ),
  lead: w(
    'líder|lider|parceiro líder|chefe de fila|coordenador|coordenadora|coordenado por|liderado por|liderada por|beneficiário principal|entidade coordenadora|promotor',
  ),
  associated: w(
    'parceiro associado|parceiros associados|parceiro estratégico|parceiros estratégicos|entidades associadas',
  ),
  notPartners: w(
    'observador|observadores|financiado por|financiado pela|financiado pelo|cofinanciado por|cofinanciado pela|cofinanciado pelo|apoiado por|anfitrião|projetos relacionados|outros projetos|subcontratados|grupos-alvo|contacto|contato|contactos|programa|autoridade de gestão|secretariado conjunto|membros do|membros da|representantes do|representantes da|representantes de|em nome de',
  ),
  organisations: w(
    'centro|gabinete|instituto|hospital|museu|porto|rede|escola|parque|serviço|grupo|organização|sociedade|união|comunidade|região|cidade|município|câmara|câmaras|concelho|província|direção|direcção|secretaria|laboratório|plataforma|fórum|conselho|comité|comissão|agência|autoridade|administração|associação|universidade|fundação|cluster|ministério|empresa|eurorregião|academia|entidade|consórcio|direções gerais',
  ),
  countryWords: {},
  letters: 'ã',
  country: 'PT',
  honorifics: w('Sr|Sra|Dr|Dra|Prof|Eng'),
  and: w('e|bem como|&'),
  articles: w('o|a|os|as|um|uma'),
  from: w('de|do|da|dos|das|em|no|na'),
  with: w(
    'com|juntamente com|em colaboração com|em parceria com|em cooperação com|além de|além do|além da|com a colaboração de|com a participação de|com a participação da|com a participação do|com o apoio de',
  ),
  by: w(
    'por|pela|pelo|liderado por|liderado pelo|liderado pela|liderada por|liderada pelo|liderada pela|coordenado por|coordenado pelo|coordenado pela|coordenada por|coordenada pelo|coordenada pela|promovido por|promovido pelo|promovido pela|promovida por|promovida pelo|promovida pela',
  ),
  participate: w(
    'participa|participam|participação|participaram|fazem parte|integram|envolvidos|envolvidas|envolvido|envolvida|lançaram|desenvolvem|executam|promovem',
  ),
  named: w('denominado|intitulado|chamado'),
  copula: w('é|são|era|eram|foi|como'),
  project: w('projet|projec'),
  subproject: w('subprojet'),
  within: w('no âmbito|no quadro|dentro do'),
  period: w('duração|período|periodo|prazo de execução'),
  budget: w('orçamento|orcamento|custo total|montante total|investimento total'),
  partnerCount: w('número de parceiros'),
  status: w('estado'),
  statusValues: {
    completed: w('concluído|terminado|finalizado'),
    ongoing: w('em curso|em execução'),
    planned: w('previsto|aprovado'),
  },
  months: [
    'janeiro jan',
    'fevereiro fev',
    'março marco mar',
    'abril abr',
    'maio mai',
    'junho jun',
    'julho jul',
    'agosto ago',
    'setembro set',
    'outubro out',
    'novembro nov',
    'dezembro dez',
  ],
  numbers: w('dois duas|três tres|quatro|cinco|seis|sete|oito|nove|dez|onze|doze'),
  administeredBy: w('gerido por|representado por|administrado por'),
  institutions: w(
    'Comissão Europeia|Parlamento Europeu|Ministério|Secretariado Conjunto|Autoridade de Gestão',
  ),
  stopwords: w('de|a|o|que|e|do|da|em|um|para|é|com|não|uma|os|no|se|na|por|mais|as|dos|das'),
  stem: snowball('portuguese'),
};
